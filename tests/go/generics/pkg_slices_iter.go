package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	s := []string{"x", "y", "z"}
	for i, v := range slices.All(s) {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	for v := range slices.Values(s) {
		fmt.Print(v)
	}
	fmt.Println()
	for i, v := range slices.Backward(s) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	up := slices.Collect(func(yield func(string) bool) {
		for _, v := range s {
			if !yield(strings.ToUpper(v)) {
				return
			}
		}
	})
	fmt.Println(up)
	m := map[string]int{"b": 2, "c": 3, "a": 1}
	fmt.Println(slices.Sorted(maps.Keys(m)), slices.Sorted(maps.Values(m)))
	fmt.Println(slices.SortedFunc(maps.Keys(m), func(a, b string) int { return strings.Compare(b, a) }))
	fmt.Println(slices.AppendSeq([]int{0}, slices.Values([]int{1, 2})))
	fmt.Println(slices.Collect(slices.Values([]int{})) == nil)
	fmt.Println(slices.SortedStableFunc(slices.Values([]string{"bb", "a", "cc", "d"}), func(a, b string) int { return len(a) - len(b) }))
}
