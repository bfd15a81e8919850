// A yield function kept after the loop ended and called later: Go's
// "continued iteration after whole loop exit" runtime error (exit 2).
package main

import "fmt"

var kept func(string) bool

func keep(yield func(string) bool) {
	kept = yield
	yield("a")
	yield("b")
}

func main() {
	for s := range keep {
		fmt.Println("body", s)
	}
	fmt.Println("loop over")
	kept("late")
	fmt.Println("not reached")
}
