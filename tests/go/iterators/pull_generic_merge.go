package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

// MergeSorted merges any number of sorted sequences with iter.Pull.
func MergeSorted[T cmp.Ordered](seqs ...iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		type src struct {
			next func() (T, bool)
			cur  T
			ok   bool
		}
		var srcs []*src
		for _, s := range seqs {
			next, stop := iter.Pull(s)
			defer stop()
			v, ok := next()
			srcs = append(srcs, &src{next, v, ok})
		}
		for {
			var best *src
			for _, s := range srcs {
				if s.ok && (best == nil || s.cur < best.cur) {
					best = s
				}
			}
			if best == nil {
				return
			}
			if !yield(best.cur) {
				return
			}
			best.cur, best.ok = best.next()
		}
	}
}

func main() {
	a := slices.Values([]int{1, 4, 7})
	b := slices.Values([]int{2, 5, 8, 10})
	c := slices.Values([]int{0, 3})
	fmt.Println(slices.Collect(MergeSorted(a, b, c)))
	fmt.Println(slices.Collect(MergeSorted(slices.Values([]string{"b", "d"}), slices.Values([]string{"a", "c", "e"}))))
	for v := range MergeSorted(a, b) {
		if v > 4 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(MergeSorted[int]()) == nil)
}
