package main

import "fmt"

func main() {
	var size uint = 10
	offset := -2
	fmt.Println(size + offset) // ERROR "mismatched types uint and int"
	fmt.Println(size == offset) // ERROR "mismatched types uint and int"
}
