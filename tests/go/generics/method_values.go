package main

import "fmt"

type Counter[T comparable] struct {
	counts map[T]int
	order  []T
}

func NewCounter[T comparable]() *Counter[T] { return &Counter[T]{counts: map[T]int{}} }

func (c *Counter[T]) Add(v T) {
	if c.counts[v] == 0 {
		c.order = append(c.order, v)
	}
	c.counts[v]++
}

func (c *Counter[T]) Get(v T) int { return c.counts[v] }

type Vec[T ~int | ~float64] struct{ X, Y T }

func (v Vec[T]) Add(o Vec[T]) Vec[T] { return Vec[T]{v.X + o.X, v.Y + o.Y} }
func (v Vec[T]) Scale(k T) Vec[T]    { return Vec[T]{v.X * k, v.Y * k} }
func (v *Vec[T]) Move(dx, dy T)      { v.X += dx; v.Y += dy }

func ForEach[T any](xs []T, f func(T)) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	c := NewCounter[string]()
	add := c.Add
	ForEach([]string{"x", "y", "x", "z", "x"}, add)
	ForEach([]string{"y"}, c.Add)
	get := c.Get
	fmt.Println(c.order, get("x"), get("y"), get("q"))
	fmt.Printf("%T\n", add)
	v := Vec[int]{1, 2}
	addv := v.Add // bound to a copy of v
	v.X = 100
	fmt.Println(addv(Vec[int]{10, 10}), v)
	mexpr := Vec[float64].Scale
	fmt.Println(mexpr(Vec[float64]{1, 2}, 0.5))
	fmt.Printf("%T\n", mexpr)
	mv := (*Vec[int]).Move
	mv(&v, 1, 1)
	fmt.Println(v)
	move := v.Move
	move(5, 5)
	fmt.Println(v)
	fmt.Printf("%T\n", mv)
	ops := map[string]func(Vec[int], Vec[int]) Vec[int]{"add": Vec[int].Add}
	fmt.Println(ops["add"](Vec[int]{1, 1}, Vec[int]{2, 3}))
	ifc := interface{ Get(string) int }(c)
	fmt.Println(ifc.Get("z"))
}
