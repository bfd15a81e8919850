package main

import (
	"fmt"
	"math"
)

type Score int

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(-1))
	fmt.Println(min(2.5, 1), max(1, 2.5), min("b", "a", "c"), max("apple", "banana"))
	var s1, s2 Score = 10, 20
	fmt.Printf("%v %T\n", max(s1, s2), min(s1, s2))
	const c = min(1, 2.0, 3)
	fmt.Printf("%v %T\n", c, c)
	x := 7
	fmt.Println(min(x, 10), max(x, 10), min(x, 3, 9), max(int8(3), -4))
	fmt.Println(min(0.0, math.Copysign(0, -1)), max(math.Inf(-1), 0), min(math.NaN(), 1), max(1, math.NaN()))
	fmt.Println(min("", "a"), max("", "a") == "a")

	// clear on maps removes all entries.
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m)
	m["z"] = 26
	fmt.Println(alias)

	// clear on slices zeroes elements but keeps length.
	s := []int{1, 2, 3, 4}
	sub := s[1:3]
	clear(sub)
	fmt.Println(s, len(s), len(sub))
	strs := []string{"x", "y"}
	clear(strs)
	fmt.Printf("%q\n", strs)
	type pt struct{ X, Y int }
	ps := []pt{{1, 2}, {3, 4}}
	clear(ps)
	fmt.Println(ps)
	var nilSlice []int
	clear(nilSlice)
	var nilMap map[int]bool
	clear(nilMap)
	fmt.Println(nilSlice == nil, nilMap == nil)

	// Clamp with min/max.
	clamp := func(v, lo, hi int) int { return max(lo, min(v, hi)) }
	for _, v := range []int{-5, 0, 5, 10, 15} {
		fmt.Print(clamp(v, 0, 10), " ")
	}
	fmt.Println()
	// Running min/max over a slice.
	data := []float64{3.5, -2, 8.25, 0, 7}
	lo, hi := data[0], data[0]
	for _, d := range data[1:] {
		lo = min(lo, d)
		hi = max(hi, d)
	}
	fmt.Println(lo, hi)
	// min/max with mixed untyped constants and variables.
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))
}
