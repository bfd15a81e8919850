package main

import "fmt"

func tracked(name string, n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		fmt.Println(name, "start")
		defer fmt.Println(name, "deferred end")
		for i := 0; i < n; i++ {
			func() {
				defer fmt.Println(name, "after yield", i)
				if !yield(i) {
					n = 0
				}
			}()
		}
		fmt.Println(name, "loop over")
	}
}

func main() {
	for i := range tracked("A", 2) {
		fmt.Println("body A", i)
	}
	for i := range tracked("B", 5) {
		fmt.Println("body B", i)
		if i == 1 {
			break
		}
	}
	func() {
		defer fmt.Println("func defer")
		for i := range tracked("C", 3) {
			defer fmt.Println("body defer C", i)
			for j := range tracked("D", 2) {
				if j == 1 {
					return
				}
				fmt.Println("body D", j)
			}
		}
	}()
}
