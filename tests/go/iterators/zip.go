package main

import (
	"fmt"
	"iter"
)

func Values[T any](xs ...T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

// Zip pairs two sequences until the shorter ends, using iter.Pull.
func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nextB, stop := iter.Pull(b)
		defer stop()
		for va := range a {
			vb, ok := nextB()
			if !ok || !yield(va, vb) {
				return
			}
		}
	}
}

func Chain[T any](seqs ...iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, s := range seqs {
			for v := range s {
				if !yield(v) {
					return
				}
			}
		}
	}
}

func Enumerate[T any](s iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range s {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func main() {
	for n, s := range Zip(Values(1, 2, 3, 4), Values("one", "two", "three")) {
		fmt.Println(n, s)
	}
	for a, b := range Zip(Values('x'), Values(1.5, 2.5)) {
		fmt.Printf("%c %v\n", a, b)
	}
	for i, v := range Enumerate(Chain(Values("a", "b"), Values[string](), Values("c"))) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for a, b := range Zip(Chain(Values(1), Values(2, 3)), Chain(Values(10, 20), Values(30, 40))) {
		if a == 3 {
			break
		}
		fmt.Print(a+b, " ")
	}
	fmt.Println()
}
