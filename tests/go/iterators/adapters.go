package main

import (
	"fmt"
	"iter"
	"strconv"
)

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			fmt.Print("[", i, "]")
			if !yield(i) {
				return
			}
		}
	}
}

func ToSlice[T any](seq iter.Seq[T]) []T {
	var out []T
	for v := range seq {
		out = append(out, v)
	}
	return out
}

func main() {
	evensq := Map(Filter(Naturals(), func(n int) bool { return n%2 == 0 }), func(n int) int { return n * n })
	fmt.Println(ToSlice(Take(evensq, 3)))
	strs := Map(Take(Naturals(), 4), strconv.Itoa)
	fmt.Printf("%q\n", ToSlice(strs))
	fmt.Println(ToSlice(Take(Naturals(), 0)))
	for v := range Take(Naturals(), 10) {
		if v == 2 {
			break
		}
	}
	fmt.Println()
	// Re-iterating the same Seq starts over.
	t := Take(Naturals(), 2)
	fmt.Println(ToSlice(t), ToSlice(t))
}
