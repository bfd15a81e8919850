package main

import "fmt"

func rng(lo, hi int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := lo; i < hi; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func grid(w, h int) func(func(int, int) bool) {
	return func(yield func(int, int) bool) {
		for y := range rng(0, h) {
			for x := range rng(0, w) {
				if !yield(x, y) {
					return
				}
			}
		}
	}
}

func main() {
	for i := range rng(1, 4) {
		for j := range rng(1, i+1) {
			fmt.Print(i*j, " ")
		}
		fmt.Println()
	}
	n := 0
	for x, y := range grid(3, 2) {
		fmt.Printf("(%d,%d) ", x, y)
		n++
	}
	fmt.Println(n)
	for x, y := range grid(10, 10) {
		if x+y == 3 {
			fmt.Println("first with x+y=3:", x, y)
			break
		}
	}
	triples := 0
	for a := range rng(1, 20) {
		for b := range rng(a, 20) {
			for c := range rng(b, 30) {
				if a*a+b*b == c*c {
					fmt.Print(a, b, c, "; ")
					triples++
				}
			}
		}
	}
	fmt.Println(triples)
}
