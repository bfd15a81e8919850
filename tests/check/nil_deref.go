package main

import "fmt"

func main() {
	x := *nil // ERROR "invalid operation: cannot indirect nil"
	fmt.Println(x)
}
