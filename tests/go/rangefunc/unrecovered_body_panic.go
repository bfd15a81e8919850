// A panic in a range-over-func body that nothing recovers: the
// iterator's and the enclosing function's deferred calls run, then the
// program dies with the panic.
package main

import "fmt"

func seq(yield func(int) bool) {
	defer fmt.Println("iterator defer")
	for i := 0; i < 5; i++ {
		if !yield(i) {
			return
		}
	}
}

func main() {
	defer fmt.Println("main defer")
	for x := range seq {
		defer fmt.Println("body defer", x)
		if x == 2 {
			var s []int
			fmt.Println(s[x])
		}
	}
}
