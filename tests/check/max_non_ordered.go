package main

import "fmt"

func main() {
	a := []int{1}
	b := []int{2}
	fmt.Println(max(a, b)) // ERROR "invalid argument: a \(variable of type \[\]int\) cannot be ordered"
}
