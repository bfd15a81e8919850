package main

import "fmt"

func count(n int) int {
	if n == 0 {
		return 0
	}
	return count(n-1) + 1
}

// A million-element slice summed recursively: a million frames at once,
// each holding the slice.
func sumFrom(xs []int, i int) int {
	if i == len(xs) {
		return 0
	}
	return xs[i] + sumFrom(xs, i+1)
}

func main() {
	fmt.Println(count(1000000))
	xs := make([]int, 1000000)
	for i := range xs {
		xs[i] = i % 7
	}
	fmt.Println(sumFrom(xs, 0))
	// The stack is reused for a second deep descent.
	fmt.Println(count(1500000))
}
