package main

import "fmt"

func main() {
	results := []int{}
	results <- 1 // ERROR "invalid operation: cannot send to non-channel \[\]int results \(variable of type \[\]int\)"
	fmt.Println(results)
}
