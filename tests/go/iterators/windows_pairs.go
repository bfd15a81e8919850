package main

import (
	"fmt"
	"iter"
	"slices"
)

func Windows[T any](xs []T, n int) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		for i := 0; i+n <= len(xs); i++ {
			if !yield(xs[i : i+n]) {
				return
			}
		}
	}
}

func Pairwise[T any](seq iter.Seq[T]) iter.Seq2[T, T] {
	return func(yield func(T, T) bool) {
		var prev T
		first := true
		for v := range seq {
			if !first && !yield(prev, v) {
				return
			}
			prev, first = v, false
		}
	}
}

func Scan[T, A any](seq iter.Seq[T], init A, f func(A, T) A) iter.Seq[A] {
	return func(yield func(A) bool) {
		acc := init
		for v := range seq {
			acc = f(acc, v)
			if !yield(acc) {
				return
			}
		}
	}
}

func main() {
	xs := []int{1, 4, 9, 16, 25}
	for w := range Windows(xs, 3) {
		fmt.Print(w, " ")
	}
	fmt.Println()
	for a, b := range Pairwise(slices.Values(xs)) {
		fmt.Print(b-a, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(Scan(slices.Values(xs), 0, func(a, v int) int { return a + v })))
	fmt.Println(slices.Collect(Scan(slices.Values([]string{"a", "b", "c"}), "", func(a, v string) string { return a + v })))
	n := 0
	for range Windows(xs, 6) {
		n++
	}
	for range Pairwise(slices.Values([]int{1})) {
		n++
	}
	fmt.Println("n", n)
}
