// An iterator that calls yield again after it returned false: Go's
// runtime error, not recovered (exit status 2).
package main

import "fmt"

func bad(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		ok := yield(i)
		fmt.Println("yield", i, ok)
	}
}

func main() {
	for x := range bad {
		fmt.Println("body", x)
		if x == 1 {
			break
		}
	}
	fmt.Println("not reached")
}
