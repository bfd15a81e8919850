package main

import "fmt"

func idx(name string, i int) int {
	fmt.Println("index", name, i)
	return i
}

func val(name string, v int) int {
	fmt.Println("value", name, v)
	return v
}

func main() {
	s := []int{0, 0, 0, 0}
	// index expressions and operands are evaluated left to right, then assigned
	s[idx("a", 1)], s[idx("b", 2)] = val("x", 10), val("y", 20)
	fmt.Println(s)
	i := 0
	i, s[i] = 2, 99 // s[0] is assigned: the index is evaluated before assignment
	fmt.Println(i, s)
	a, b, c := 1, 2, 3
	a, b, c = b+c, a+c, a+b
	fmt.Println(a, b, c)
	x := []int{1, 2, 3}
	x[0], x[1], x[2] = x[2], x[0], x[1]
	fmt.Println(x)
	var p struct{ A, B int }
	p.A, p.B = 5, p.A
	fmt.Println(p)
}
