package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int{3, 1, 2}
	sort.Slice(xs, func(i, j int) int { // ERROR "cannot use func\(i, j int\) int {…} \(value of type func\(i int, j int\) int\) as func\(i int, j int\) bool value in argument to sort.Slice"
		return xs[i] - xs[j]
	})
	fmt.Println(xs)
}
