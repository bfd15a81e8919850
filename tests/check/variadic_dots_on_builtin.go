package main

import "fmt"

func main() {
	xs := []int{3, 1, 2}
	fmt.Println(min(xs...)) // ERROR "invalid operation: invalid use of \.\.\. with built-in min"
}
