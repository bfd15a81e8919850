package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int{3, 1, 2}
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
	fmt.Println(xs)
	var notSlice any = 42
	sort.Slice(notSlice, func(i, j int) bool { return false })
	fmt.Println("not reached")
}
