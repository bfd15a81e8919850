package main

import "fmt"

var saved func(int) bool

// leaky keeps yield and calls it again after the loop has ended.
func leaky(yield func(int) bool) {
	saved = yield
	yield(1)
}

func main() {
	for v := range leaky {
		fmt.Println("body", v)
	}
	fmt.Println("loop ended; calling the saved yield")
	saved(2)
	fmt.Println("not reached")
}
