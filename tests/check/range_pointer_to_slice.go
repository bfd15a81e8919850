package main

import "fmt"

func sum(xs *[]int) int {
	total := 0
	for _, x := range xs { // ERROR "cannot range over xs \(variable of type \*\[\]int\)"
		total += x
	}
	return total
}

func main() {
	xs := []int{1, 2}
	fmt.Println(sum(&xs))
}
