package main

import "fmt"

func main() {
	var a int
	n, err := fmt.Sscan("1 2", &a)
	fmt.Println(n, err, a)
	// A nil operand panics inside Go's reflect; the panic passes through
	// fmt's error handler.
	fmt.Sscan("5", nil)
	fmt.Println("not reached")
}
