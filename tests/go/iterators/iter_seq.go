package main

import (
	"fmt"
	"iter"
)

func Count(start, step int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := start; ; i += step {
			if !yield(i) {
				return
			}
		}
	}
}

func Letters(s string) iter.Seq[rune] {
	return func(yield func(rune) bool) {
		for _, r := range s {
			if !yield(r) {
				return
			}
		}
	}
}

func Sum(seq iter.Seq[int]) int {
	t := 0
	for v := range seq {
		t += v
	}
	return t
}

func Upto(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	for v := range Count(10, 5) {
		if v > 30 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for r := range Letters("héllo") {
		fmt.Printf("%c.", r)
	}
	fmt.Println()
	fmt.Println(Sum(Upto(101)), Sum(Upto(0)))
	var s iter.Seq[int] = Upto(3)
	fmt.Printf("%T\n", s)
	var plain func(func(int) bool) = s
	for v := range plain {
		fmt.Print(v)
	}
	fmt.Println()
}
