package main

import (
	"fmt"
	"strings"
)

func Counter[T comparable]() (func(T) int, func() map[T]int) {
	counts := map[T]int{}
	add := func(v T) int {
		counts[v]++
		return counts[v]
	}
	return add, func() map[T]int { return counts }
}

func Memo[K comparable, V any](f func(K) V) (func(K) V, *int) {
	cache := map[K]V{}
	misses := 0
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		misses++
		v := f(k)
		cache[k] = v
		return v
	}, &misses
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Curry[A, B, C any](f func(A, B) C) func(A) func(B) C {
	return func(a A) func(B) C {
		return func(b B) C { return f(a, b) }
	}
}

func Accumulator[T ~int | ~float64 | ~string](init T) func(T) T {
	acc := init
	return func(x T) T {
		acc += x
		return acc
	}
}

func Generator[T any](xs ...T) func() (T, bool) {
	i := 0
	return func() (T, bool) {
		if i >= len(xs) {
			var z T
			return z, false
		}
		i++
		return xs[i-1], true
	}
}

func main() {
	add, get := Counter[string]()
	for _, w := range strings.Fields("a b a c a b") {
		add(w)
	}
	fmt.Println(get())
	fmt.Println(add("a"), get()["a"])
	sq, misses := Memo(func(n int) int { return n * n })
	fmt.Println(sq(4), sq(4), sq(5), *misses)
	lenThenDouble := Compose(func(s string) int { return len(s) }, func(n int) float64 { return float64(n) * 2.5 })
	fmt.Println(lenThenDouble("hello"))
	shout := Compose(strings.TrimSpace, strings.ToUpper)
	fmt.Printf("%q\n", shout("  hi there "))
	rep := Curry(strings.Repeat)
	fmt.Println(rep("ab")(3), rep("-")(5))
	ai := Accumulator(10)
	ai(5)
	fmt.Println(ai(1))
	as := Accumulator("x")
	as("y")
	fmt.Println(as("z"))
	af := Accumulator(0.5)
	fmt.Println(af(0.25))
	next := Generator("p", "q")
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	var fs []func(int) int
	for i := range 3 {
		fs = append(fs, Compose(func(n int) int { return n + i }, func(n int) int { return n * 10 }))
	}
	for _, f := range fs {
		fmt.Print(f(1), " ")
	}
	fmt.Println()
}
