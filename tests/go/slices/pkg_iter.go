package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func main() {
	s := []string{"x", "y", "z"}
	for i, v := range slices.All(s) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for i, v := range slices.Backward(s) {
		fmt.Print(i, v, " ")
		if i == 1 {
			break
		}
	}
	fmt.Println()
	for v := range slices.Values(s) {
		fmt.Print(v)
	}
	fmt.Println()

	fmt.Println(slices.Collect(slices.Values([]int{3, 1, 2})))
	fmt.Println(slices.Collect(slices.Values([]int(nil))) == nil)
	fmt.Println(slices.AppendSeq([]int{0}, slices.Values([]int{1, 2})))
	fmt.Println(slices.Sorted(slices.Values([]int{3, 1, 2})))
	fmt.Println(slices.Sorted(maps.Keys(map[string]int{"b": 1, "a": 2, "c": 3})))
	fmt.Println(slices.SortedFunc(slices.Values([]int{3, 1, 2}), func(a, b int) int { return b - a }))
	type kv struct {
		k string
		v int
	}
	kvs := []kv{{"a", 2}, {"b", 1}, {"c", 2}, {"d", 1}}
	fmt.Println(slices.SortedStableFunc(slices.Values(kvs), func(a, b kv) int { return a.v - b.v }))

	// Chunk: the chunks share s's array, with capacity clipped.
	nums := []int{1, 2, 3, 4, 5, 6, 7}
	for c := range slices.Chunk(nums, 3) {
		fmt.Println(c, len(c), cap(c))
	}
	for c := range slices.Chunk(nums, 10) {
		fmt.Println("one chunk", c)
	}
	for c := range slices.Chunk([]int{}, 2) {
		fmt.Println("never", c)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		slices.Chunk(nums, 0)
	}()
	n := 0
	for c := range slices.Chunk(nums, 2) {
		n++
		if n == 2 {
			fmt.Println("stop at", c)
			break
		}
	}

	// Iterators over a named slice type and through strings.
	type words []string
	w := words(strings.Fields("the quick brown fox"))
	for i, v := range slices.All(w) {
		fmt.Print(i, "=", v, ";")
	}
	fmt.Println()
	// (converted: minigo cannot infer E from a func literal yet)
	upper := slices.Collect(iter.Seq[string](func(yield func(string) bool) {
		for _, v := range w {
			if !yield(strings.ToUpper(v)) {
				return
			}
		}
	}))
	fmt.Println(upper)
}
