package main

import "fmt"

func main() {
	var xs []int
	xs = append() // ERROR "not enough arguments for append\(\) \(expected 1, found 0\)"
	fmt.Println(xs)
}
