package main

import "fmt"

func main() {
	b := byte(256) // ERROR "constant 256 overflows byte"
	fmt.Println(b)
}
