package main

import "fmt"

type Op func(float64, float64) float64

type Transformer interface {
	Apply(int) int
}

type FuncT func(int) int

func (f FuncT) Apply(x int) int { return f(x) }

func apply(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func twice(f func(int) int) func(int) int { return compose(f, f) }

func main() {
	ops := []struct {
		name string
		fn   Op
	}{
		{"add", func(a, b float64) float64 { return a + b }},
		{"sub", func(a, b float64) float64 { return a - b }},
		{"div", func(a, b float64) float64 { return a / b }},
	}
	for _, o := range ops {
		fmt.Println(o.name, o.fn(7, 2))
	}
	inc := func(x int) int { return x + 1 }
	sq := func(x int) int { return x * x }
	fmt.Println(apply([]int{1, 2, 3}, sq))
	fmt.Println(compose(inc, sq)(3), compose(sq, inc)(3), twice(twice(inc))(0))
	var t Transformer = FuncT(sq)
	fmt.Println(t.Apply(12))
	var nf func()
	fmt.Println(nf == nil)
	nf = func() { fmt.Println("called") }
	fmt.Println(nf != nil)
	nf()
	fmt.Printf("%T\n", compose)
}
