package main

import (
	"fmt"
	"math"
)

func Range[T int | float64 | string](xs ...T) (T, T) {
	lo, hi := xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return lo, hi
}

func MinOf3[T ~int | ~uint8](a, b, c T) T { return min(a, b, c) }

type Level uint8

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("a", "b", "ab"))
	fmt.Printf("%T %T\n", min(1, 2.0), max(1, 'a'))
	const c = min(10, 3, 7)
	fmt.Println(c)
	fmt.Println(Range(5, -3, 9, 0))
	fmt.Println(Range(0.5, -0.25))
	fmt.Println(Range("kiwi", "apple", "zebra"))
	fmt.Println(MinOf3(Level(5), 3, 9), MinOf3(7, 8, 6))
	nan := math.NaN()
	fmt.Println(min(nan, 1.0), max(1.0, nan), min(-0.0, 0.0), max(-0.0, 0.0))
	fmt.Println(min(math.Inf(1), 5), max(math.Inf(-1), -5))
	var x, y int8 = -128, 127
	fmt.Println(min(x, y), max(x, y))
}
