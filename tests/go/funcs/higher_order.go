package main

import "fmt"

func mapInts(xs []int, f func(int) int) []int {
	var out []int
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func reduce(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func memo(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		misses++
		v := f(n)
		cache[n] = v
		return v
	}, &misses
}

func gen() func() (int, bool) {
	data := []int{3, 1, 4}
	i := 0
	return func() (int, bool) {
		if i >= len(data) {
			return 0, false
		}
		i++
		return data[i-1], true
	}
}

func main() {
	xs := []int{1, 2, 3, 4, 5}
	fmt.Println(mapInts(xs, func(x int) int { return x * 3 }))
	fmt.Println(reduce(xs, 0, func(a, b int) int { return a + b }))
	fmt.Println(reduce(xs, 1, func(a, b int) int { return a * b }))
	sq, misses := memo(func(n int) int { return n * n })
	fmt.Println(sq(4), sq(4), sq(5))
	fmt.Println(*misses)
	next := gen()
	for v, ok := next(); ok; v, ok = next() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	pipeline := []func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * 2 },
		func(x int) int { return x - 3 },
	}
	v := 10
	for _, f := range pipeline {
		v = f(v)
	}
	fmt.Println(v)
}
