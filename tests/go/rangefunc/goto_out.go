// goto out of a range-over-func body, backward and forward, from nested
// loops.
package main

import "fmt"

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  stopped", i)
				return
			}
		}
	}
}

func forward(n int) string {
	for x := range seq(5) {
		if x == n {
			goto found
		}
	}
	return "missing"
found:
	return "found"
}

func main() {
	tries := 0
again:
	tries++
	for x := range seq(4) {
		if x == 2 && tries < 3 {
			fmt.Println("goto again from", x, "try", tries)
			goto again
		}
	}
	fmt.Println("tries:", tries)

	fmt.Println(forward(3))
	fmt.Println(forward(9))

	for a := range seq(3) {
		for b := range seq(3) {
			if a == 1 && b == 1 {
				goto out
			}
			fmt.Println(a, b)
		}
	}
out:
	fmt.Println("out")

	// goto within the body stays in the body.
	for x := range seq(2) {
		i := 0
	loop:
		if i < 2 {
			fmt.Println("inner goto", x, i)
			i++
			goto loop
		}
	}
	fmt.Println("done")
}
