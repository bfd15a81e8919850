package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type item struct {
	ID   int
	Name string
}

func main() {
	xs := []int{10, 20, 30, 40, 50}
	for _, t := range []int{30, 35, 5, 60, 10} {
		i, found := slices.BinarySearch(xs, t)
		fmt.Println(t, i, found)
	}
	items := []item{{1, "a"}, {4, "d"}, {9, "i"}}
	i, ok := slices.BinarySearchFunc(items, 4, func(it item, id int) int { return cmp.Compare(it.ID, id) })
	fmt.Println(i, ok)
	i, ok = slices.BinarySearchFunc(items, 5, func(it item, id int) int { return cmp.Compare(it.ID, id) })
	fmt.Println(i, ok)
	words := []string{"go", "rust", "zig", "go"}
	fmt.Println(slices.Index(words, "go"), slices.Index(words, "c"), slices.Contains(words, "zig"), slices.Contains(words, "Zig"))
	fmt.Println(slices.IndexFunc(words, func(s string) bool { return len(s) > 3 }))
	fmt.Println(slices.ContainsFunc(words, func(s string) bool { return strings.HasPrefix(s, "z") }))
	fmt.Println(slices.IndexFunc(words, func(s string) bool { return s == "" }))
	fmt.Println(slices.Index([]float64{1, 2}, 2), slices.Index[[]int](nil, 0))
	dup := []int{1, 1, 2, 2, 2}
	j, found := slices.BinarySearch(dup, 2)
	fmt.Println(j, found)
}
