package main

import "fmt"

func main() {
	var arr [4]int
	src := []int{1, 2, 3}
	copy(arr, src) // ERROR "invalid copy: argument must be a slice; have arr \(variable of type \[4\]int\)"
	fmt.Println(arr)
}
