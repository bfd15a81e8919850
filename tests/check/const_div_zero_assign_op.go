package main

import "fmt"

func main() {
	x := 10
	x /= 0 // ERROR "invalid operation: division by zero"
	fmt.Println(x)
}
