package main

import (
	"fmt"
	"iter"
)

func Squares(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("  squares cleanup")
		for i := 1; i <= n; i++ {
			if !yield(i * i) {
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(Squares(3))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("got", v)
	}
	v, ok := next()
	fmt.Println("after end:", v, ok)
	stop()
	stop()
	// Interleave two pulled sequences.
	n1, s1 := iter.Pull(Squares(4))
	n2, s2 := iter.Pull(Squares(2))
	for {
		a, ok1 := n1()
		b, ok2 := n2()
		if !ok1 && !ok2 {
			break
		}
		fmt.Println(a, ok1, b, ok2)
	}
	s1()
	s2()
	// Merge two sorted sequences.
	merge := func(x, y iter.Seq[int]) []int {
		nx, sx := iter.Pull(x)
		defer sx()
		ny, sy := iter.Pull(y)
		defer sy()
		var out []int
		a, okA := nx()
		b, okB := ny()
		for okA || okB {
			if okA && (!okB || a <= b) {
				out = append(out, a)
				a, okA = nx()
			} else {
				out = append(out, b)
				b, okB = ny()
			}
		}
		return out
	}
	fmt.Println(merge(Squares(3), Squares(4)))
}
