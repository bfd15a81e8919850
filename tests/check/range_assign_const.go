package main

import "fmt"

const first = 0

func main() {
	for first = range []int{1, 2} { // ERROR "cannot assign to first"
		fmt.Println("x")
	}
}
