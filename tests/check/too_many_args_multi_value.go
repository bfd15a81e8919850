package main

import "fmt"

func bounds() (int, int, int) {
	return 0, 10, 1
}

func span(lo, hi int) int {
	return hi - lo
}

func main() {
	fmt.Println(span(bounds())) // ERROR "too many arguments in call to span"
}
