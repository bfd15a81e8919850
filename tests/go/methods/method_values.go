package main

import (
	"fmt"
	"strings"
)

type Counter struct{ n int }

func (c *Counter) Add(k int) int { c.n += k; return c.n }
func (c Counter) Get() int       { return c.n }

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func apply(f func(int) int, xs ...int) []int {
	var out []int
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	c := &Counter{}
	add := c.Add
	fmt.Println(apply(add, 1, 2, 3), c.n)
	get := c.Get // bound now: a copy of *c
	c.Add(100)
	fmt.Println(get(), c.Get())
	var s Shape = Sq{3}
	area := s.Area
	s = Sq{4}
	fmt.Println(area(), s.Area())
	f := Sq.Area
	g := (*Counter).Add
	fmt.Println(f(Sq{5}), g(c, 1))
	up := strings.ToUpper
	fmt.Println(up("bound"), strings.Map(func(r rune) rune { return r + 1 }, "HAL"))
	fmt.Printf("%T %T\n", add, f)
}
