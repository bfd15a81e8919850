package main

import "fmt"

func firstEven(xs []int) int {
	for i := 0; ; i++ {
		if i >= len(xs) {
			break
		}
		if xs[i]%2 == 0 {
			return xs[i]
		}
	}
} // ERROR "missing return"

func main() {
	fmt.Println(firstEven([]int{1, 4}))
}
