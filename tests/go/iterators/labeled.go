package main

import "fmt"

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
outer:
	for i := range seq(4) {
		for j := range seq(4) {
			if j > i {
				continue outer
			}
			if i == 3 && j == 1 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
		fmt.Println("end inner", i)
	}
	fmt.Println()
	// Labeled loop over a plain for, range-over-func inside.
	found := -1
search:
	for k := 0; k < 5; k++ {
		for v := range seq(10) {
			if v*k == 12 {
				found = k*100 + v
				break search
			}
		}
	}
	fmt.Println("found", found)
	// Inner plain loop, outer range-over-func.
rows:
	for r := range seq(3) {
		for c := 0; c < 3; c++ {
			if c == r {
				continue rows
			}
			fmt.Print(r, c, " ")
		}
	}
	fmt.Println()
}
