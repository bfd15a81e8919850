package main

import "fmt"

func gen(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  gen stopped at", i)
				return
			}
		}
	}
}

func main() {
	total := 0
	for i := range gen(10) {
		total += i
		if total > 10 {
			goto done
		}
	}
	fmt.Println("not reached")
done:
	fmt.Println("total", total)
	tries := 0
retry:
	tries++
	for i := range gen(5) {
		if i == 2 && tries < 3 {
			goto retry
		}
	}
	fmt.Println("tries", tries)
}
