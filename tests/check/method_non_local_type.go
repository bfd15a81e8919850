package main

import "fmt"

func (n int) double() int { // ERROR "cannot define new methods on non-local type int"
	return n * 2
}

func main() {
	fmt.Println(3)
}
