package main

import (
	"fmt"
	"strings"
)

func main() {
	line := strings.Repeat('-', 20) // ERROR "cannot use '-' \(untyped rune constant 45\) as string value in argument to strings.Repeat"
	fmt.Println(line)
}
