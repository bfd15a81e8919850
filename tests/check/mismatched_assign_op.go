package main

import "fmt"

func main() {
	var total float64
	counts := []int{1, 2, 3}
	for _, c := range counts {
		total += c // ERROR "invalid operation: total \+= c \(mismatched types float64 and int\)"
	}
	fmt.Println(total)
}
