package main

import (
	"fmt"
	"slices"
)

var global []int

func main() {
	orig := []int{1, 2, 3}
	c := slices.Clone(orig)
	c[0] = 100
	fmt.Println(orig, c, slices.Clone([]int(nil)) == nil, slices.Clone([]int{}) == nil)
	global = make([]int, 2, 2)
	global = slices.Grow(global, 10)
	fmt.Println(len(global), cap(global) >= 12)
	g2 := slices.Grow(global, 1)
	fmt.Println(cap(g2) == cap(global))
	s := make([]int, 3, 10)
	s = slices.Clip(s)
	fmt.Println(len(s), cap(s))
	fmt.Println(slices.Concat([]int{1}, nil, []int{2, 3}, []int{}), slices.Concat[[]string]() == nil)
	fmt.Println(slices.Repeat([]string{"a", "b"}, 3), len(slices.Repeat([]int{1}, 0)))
	for ch := range slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3) {
		fmt.Print(ch, len(ch), cap(ch), " ")
	}
	fmt.Println()
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = slices.Grow([]int{}, -1)
}
