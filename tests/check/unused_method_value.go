package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	sb.WriteString("x")
	sb.String // ERROR "sb.String \(value of type func\(\) string\) is not used"
	fmt.Println(sb.Len())
}
