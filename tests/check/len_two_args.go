package main

import "fmt"

func main() {
	a := []int{1}
	b := []int{2, 3}
	fmt.Println(len(a, b)) // ERROR "too many arguments for len\(a, b\) \(expected 1, found 2\)"
}
