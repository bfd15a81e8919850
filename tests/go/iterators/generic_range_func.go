package main

import (
	"fmt"
	"iter"
	"strings"
)

// Generic code whose iterator type is a type parameter with core type
// func(func(E) bool).
func Count[S ~func(func(E) bool), E any](seq S) int {
	n := 0
	for range seq {
		n++
	}
	return n
}

func Join[S ~func(func(string) bool)](seq S, sep string) string {
	var parts []string
	for s := range seq {
		parts = append(parts, s)
	}
	return strings.Join(parts, sep)
}

type Names func(yield func(string) bool)

func FromSlice[T any](xs []T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

func Find[T comparable](seq iter.Seq[T], target T) (int, bool) {
	i := 0
	for v := range seq {
		if v == target {
			return i, true
		}
		i++
	}
	return -1, false
}

func main() {
	var names Names = func(yield func(string) bool) {
		_ = yield("ann") && yield("bo") && yield("cy")
	}
	fmt.Println(Count(names), Join(names, "+"))
	fmt.Println(Count(FromSlice([]float64{1, 2, 3})), Join(FromSlice([]string{"x", "y"}), ""))
	fmt.Println(Find(FromSlice([]string{"a", "b", "c"}), "c"))
	fmt.Println(Find(FromSlice([]int{1, 2}), 5))
	fmt.Println(Find(iter.Seq[string](names), "bo"))
}
