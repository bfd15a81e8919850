package main

import (
	"errors"
	"fmt"
)

func items() func(func(string, int) bool) {
	return func(yield func(string, int) bool) {
		defer fmt.Println("  iterator cleanup")
		for i, s := range []string{"a", "b", "c", "d"} {
			if !yield(s, i) {
				return
			}
		}
	}
}

func find(target string) (int, error) {
	for s, i := range items() {
		if s == target {
			return i * 10, nil
		}
	}
	return -1, errors.New("not found: " + target)
}

func firstOver(n int) (name string, idx int) {
	name = "none"
	for s, i := range items() {
		if i > n {
			name, idx = s, i
			return
		}
	}
	return
}

func main() {
	fmt.Println(find("c"))
	fmt.Println(find("zz"))
	fmt.Println(firstOver(1))
	fmt.Println(firstOver(9))
	fmt.Println(func() int {
		for _, i := range items() {
			for _, j := range items() {
				if i+j == 5 {
					return i*10 + j
				}
			}
		}
		return 0
	}())
}
