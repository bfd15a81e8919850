// An iterator that recovers its body's panic and calls the body again:
// Go's runtime error "continued iteration after loop body panic".
package main

import "fmt"

func stubborn(yield func(int) bool) {
	func() {
		defer func() { fmt.Println("iterator recovered:", recover()) }()
		yield(1)
	}()
	yield(2)
}

func main() {
	for x := range stubborn {
		fmt.Println("body", x)
		if x == 1 {
			panic("body panic")
		}
	}
}
