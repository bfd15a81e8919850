package main

import "fmt"

func times(n int) func(func() bool) {
	return func(yield func() bool) {
		for i := 0; i < n; i++ {
			if !yield() {
				fmt.Println("  stopped after", i+1)
				return
			}
		}
		fmt.Println("  finished", n)
	}
}

func main() {
	count := 0
	for range times(4) {
		count++
	}
	fmt.Println("count", count)
	for range times(0) {
		fmt.Println("never")
	}
	count = 0
	for range times(10) {
		count++
		if count == 3 {
			break
		}
	}
	fmt.Println("count", count)
	var f func(func() bool) = times(2)
	for range f {
		fmt.Println("body")
	}
}
