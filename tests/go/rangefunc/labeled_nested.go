// Labeled break and continue of an outer range-over-func loop from an
// inner one, three levels deep, with the iterators reporting each stop.
package main

import "fmt"

func gen(name string, n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  ", name, "stopped at", i)
				return
			}
		}
		fmt.Println("  ", name, "exhausted")
	}
}

func pairs(n int) func(func(int, int) bool) {
	return func(yield func(int, int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i, i*i) {
				return
			}
		}
	}
}

func main() {
	fmt.Println("continue F from g:")
F:
	for a := range gen("f", 3) {
		for b := range gen("g", 3) {
			if b == 1 {
				continue F
			}
			fmt.Println(a, b)
		}
		fmt.Println("not reached")
	}

	fmt.Println("break F from g:")
G:
	for a := range gen("f", 3) {
		for b := range gen("g", 3) {
			if a == 1 && b == 2 {
				break G
			}
			fmt.Println(a, b)
		}
		fmt.Println("after g", a)
	}

	fmt.Println("three levels:")
X:
	for a := range gen("x", 3) {
	Y:
		for b := range gen("y", 3) {
			for c := range gen("z", 3) {
				switch {
				case c == 1 && b == 0:
					continue Y
				case c == 1 && b == 1:
					continue X
				case a == 2:
					break X
				}
				fmt.Println(a, b, c)
			}
		}
	}

	fmt.Println("break Y from z:")
	for a := range gen("x", 2) {
	Y2:
		for b := range gen("y", 3) {
			for c := range gen("z", 3) {
				if c == b {
					break Y2
				}
				fmt.Println(a, b, c)
			}
		}
		fmt.Println("after y", a)
	}

	fmt.Println("ordinary loop between:")
P:
	for k, v := range pairs(3) {
		for i := 0; i < 2; i++ {
			for w := range gen("w", 3) {
				if w == 1 && i == 1 {
					continue P
				}
				if k == 2 {
					break P
				}
				fmt.Println(k, v, i, w)
			}
		}
	}
	fmt.Println("done")
}
