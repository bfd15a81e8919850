// return and panics through several nested range-over-func loops, with
// ordinary loops and switches in between, and the iterators' cleanup.
package main

import "fmt"

func gen(name string, n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("  close", name)
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func search(target int) (int, int, int, bool) {
	for a := range gen("a", 4) {
		for i := 0; i < 2; i++ {
			for b := range gen("b", 4) {
				switch {
				case a*100+i*10+b == target:
					return a, i, b, true
				case b == 3:
					continue
				}
				for c := range gen("c", 1) {
					if c+a+b == 100 {
						return -1, -1, -1, false
					}
				}
			}
		}
	}
	return 0, 0, 0, false
}

func collect() (out []string) {
	defer func() { out = append(out, "deferred") }()
	for a := range gen("x", 3) {
		for b := range gen("y", 3) {
			out = append(out, fmt.Sprint(a, b))
			if a == 1 && b == 1 {
				return out
			}
		}
	}
	return nil
}

func bareNested() {
	for a := range gen("p", 2) {
		for b := range gen("q", 2) {
			if b == 1 {
				fmt.Println("bare return at", a, b)
				return
			}
		}
	}
	fmt.Println("not reached")
}

func main() {
	fmt.Println(search(213))
	fmt.Println(search(5))
	fmt.Println(collect())
	bareNested()
}
