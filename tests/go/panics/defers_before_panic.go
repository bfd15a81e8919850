package main

import "fmt"

func level(n int, xs []int) int {
	defer fmt.Println("unwinding level", n)
	if n == 0 {
		return xs[n+3]
	}
	return level(n-1, xs) + 1
}

func main() {
	defer fmt.Println("main's deferred call runs too")
	fmt.Println("start")
	fmt.Println(level(3, []int{1, 2}))
	fmt.Println("never printed")
}
