package main

import "fmt"

func main() {
	path := "/usr/bin"
	if path[0] == "/" { // ERROR "invalid operation: path\[0\] == ./. \(mismatched types byte and untyped string\)"
		fmt.Println("absolute")
	}
}
