package main

import "fmt"

func main() {
	xs := []int{-1: 10} // ERROR "index -1 .* must not be negative"
	fmt.Println(xs)
}
