package main

import (
	"fmt"
	"strconv"
)

func main() {
	input := "12a"
	if _, err := strconv.Atoi(input); err != nil {
		goto bad // ERROR "goto bad jumps over declaration of n at .*goto_over_var_loop.go:13:4"
	}
	n := len(input)
	fmt.Println("valid", n)
bad:
	fmt.Println("invalid input")
}
