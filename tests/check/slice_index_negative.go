package main

import "fmt"

func main() {
	xs := []int{1, 2, 3}
	fmt.Println(xs[-1]) // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
}
