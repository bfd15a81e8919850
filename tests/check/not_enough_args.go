package main

import "fmt"

func clamp(x, lo, hi int) int {
	if x < lo {
		return lo
	}
	if x > hi {
		return hi
	}
	return x
}

func main() {
	fmt.Println(clamp(15, 10)) // ERROR "not enough arguments in call to clamp"
}
