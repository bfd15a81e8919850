package main

import "fmt"

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
		fmt.Println("  seq done")
	}
}

func run() (result []int) {
	defer fmt.Println("run: first defer registered, runs last")
	for i := range seq(3) {
		defer func() {
			fmt.Println("deferred from body, i =", i)
			result = append(result, i)
		}()
		fmt.Println("body", i)
	}
	fmt.Println("after loop: defers have not run yet")
	return nil
}

func nested() {
	for i := range seq(2) {
		for j := range seq(2) {
			defer fmt.Println("nested defer", i, j)
		}
	}
	fmt.Println("nested returns")
}

func main() {
	fmt.Println(run())
	nested()
	func() {
		for i := range seq(5) {
			defer fmt.Println("break defer", i)
			if i == 1 {
				break
			}
		}
		fmt.Println("closure returns")
	}()
}
