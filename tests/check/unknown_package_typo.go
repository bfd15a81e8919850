package main

import (
	"fmt"
	"string" // ERROR "package string is not in std"
)

func main() {
	fmt.Println(string.ToUpper("x"))
}
