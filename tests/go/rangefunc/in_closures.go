// Range-over-func loops inside function literals, methods, recursive
// functions and goroutines; iterators that call iterators.
package main

import (
	"fmt"
	"sync"
)

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

type Sum struct{ total int }

func (s *Sum) AddAll(it func(func(int) bool)) *Sum {
	for v := range it {
		s.total += v
	}
	return s
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	best := 0
	for x := range seq(2) {
		d := depth(n-1) + x
		if d > best {
			best = d
		}
	}
	return best
}

// flatten yields every value of every sequence.
func flatten(seqs []func(func(int) bool)) func(func(int) bool) {
	return func(yield func(int) bool) {
		for _, s := range seqs {
			for v := range s {
				if !yield(v) {
					return
				}
			}
		}
	}
}

func main() {
	f := func(n int) int {
		t := 0
		for x := range seq(n) {
			t += x
		}
		return t
	}
	fmt.Println(f(5), f(10))

	g := func() (r []int) {
		for x := range seq(10) {
			if x == 3 {
				return append(r, 999)
			}
			r = append(r, x)
		}
		return nil
	}
	fmt.Println(g())

	s := &Sum{}
	fmt.Println(s.AddAll(seq(4)).AddAll(seq(3)).total)
	fmt.Println(depth(5))

	for v := range flatten([]func(func(int) bool){seq(2), seq(0), seq(3)}) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v := range flatten([]func(func(int) bool){seq(3), seq(3)}) {
		if v == 2 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	var wg sync.WaitGroup
	results := make([]int, 4)
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for x := range seq(i + 3) {
				results[i] += x
			}
		}()
	}
	wg.Wait()
	fmt.Println(results)

	// A closure defined in a loop body that itself ranges.
	for a := range seq(3) {
		inner := func() int {
			n := 0
			for b := range seq(a + 1) {
				n += b
			}
			return n
		}
		fmt.Print(inner(), " ")
	}
	fmt.Println()
}
