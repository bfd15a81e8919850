package main

import "fmt"

var trace []string

func f(name string, v int) int {
	trace = append(trace, name)
	return v
}

func g(a, b, c int) int { return a + b + c }

type T struct{ A, B int }

func main() {
	x := g(f("a", 1), f("b", 2), f("c", 3))
	fmt.Println(x, trace)
	trace = nil
	s := []int{f("s0", 0), f("s1", 1)}
	m := map[int]int{f("k", 1): f("v", 2)}
	t := T{B: f("B", 2), A: f("A", 1)}
	fmt.Println(s, m, t, trace)
	trace = nil
	y := f("l", 1) + f("r", 2)*f("rr", 3)
	fmt.Println(y, trace)
	trace = nil
	arr := []int{10, 20, 30}
	arr[f("idx", 1)] = f("rhs", 99)
	fmt.Println(arr, trace)
	trace = nil
	fmt.Println(f("p1", 1), f("p2", 2))
	fmt.Println(trace)
}
