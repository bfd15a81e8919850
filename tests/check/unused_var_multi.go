package main

import (
	"fmt"
	"strings"
)

func main() {
	first, rest, found := strings.Cut("key=value", "=") // ERROR "declared and not used: rest"
	fmt.Println(first, found)
}
