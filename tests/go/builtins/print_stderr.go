package main

import "fmt"

func main() {
	// print and println write to stderr, which the tests do not compare
	print("to stderr ", 1, " ", true, "\n")
	println("also stderr", 2, 3.5, 'x')
	fmt.Println("stdout only")
	x := 5
	println(x, x*2)
	fmt.Println("done")
}
