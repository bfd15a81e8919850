package main

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
)

func Invert[K, V comparable](m map[K]V) map[V]K {
	out := make(map[V]K, len(m))
	for k, v := range maps.All(m) {
		out[v] = k
	}
	return out
}

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	inv := Invert(m)
	for _, k := range slices.Sorted(maps.Keys(inv)) {
		fmt.Println(k, inv[k])
	}
	squares := maps.Collect(func(yield func(int, string) bool) {
		for i := 1; i <= 4; i++ {
			if !yield(i, strconv.Itoa(i*i)) {
				return
			}
		}
	})
	fmt.Println(squares)
	n := 0
	for range maps.Keys(squares) {
		n++
	}
	fmt.Println(n)
	for k := range maps.Keys(m) {
		if k == "" {
			fmt.Println("never")
		}
	}
	fmt.Println(maps.Collect(maps.All(map[string]bool{})) != nil)
	merged := maps.Clone(m)
	maps.Insert(merged, maps.All(map[string]int{"four": 4, "one": 100}))
	fmt.Println(merged)
}
