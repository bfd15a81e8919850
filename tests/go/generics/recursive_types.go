package main

import (
	"fmt"
	"strings"
)

type Tree[T any] struct {
	Val      T
	Children []*Tree[T]
}

func Leaf[T any](v T) *Tree[T] { return &Tree[T]{Val: v} }

func Node[T any](v T, kids ...*Tree[T]) *Tree[T] { return &Tree[T]{Val: v, Children: kids} }

func (t *Tree[T]) Size() int {
	n := 1
	for _, c := range t.Children {
		n += c.Size()
	}
	return n
}

func (t *Tree[T]) Depth() int {
	d := 0
	for _, c := range t.Children {
		d = max(d, c.Depth())
	}
	return d + 1
}

func (t *Tree[T]) Render(b *strings.Builder, indent int) {
	fmt.Fprintf(b, "%s%v\n", strings.Repeat("  ", indent), t.Val)
	for _, c := range t.Children {
		c.Render(b, indent+1)
	}
}

func MapTree[T, U any](t *Tree[T], f func(T) U) *Tree[U] {
	out := &Tree[U]{Val: f(t.Val)}
	for _, c := range t.Children {
		out.Children = append(out.Children, MapTree(c, f))
	}
	return out
}

// Expr is a recursive generic interface-based structure.
type Expr[T any] interface {
	Eval() T
}

type Lit[T any] struct{ V T }
type Op[T any] struct {
	Name string
	F    func(a, b T) T
	L, R Expr[T]
}

func (l Lit[T]) Eval() T { return l.V }
func (o Op[T]) Eval() T  { return o.F(o.L.Eval(), o.R.Eval()) }

// Comparable-to-self constraint: T must have a method taking T.
type Lesser[T any] interface {
	Less(T) bool
}

func MinOf[T Lesser[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

type Ver struct{ Major, Minor int }

func (a Ver) Less(b Ver) bool {
	return a.Major < b.Major || a.Major == b.Major && a.Minor < b.Minor
}

func main() {
	t := Node("root", Node("a", Leaf("a1"), Leaf("a2")), Leaf("b"), Node("c", Node("c1", Leaf("c1x"))))
	var b strings.Builder
	t.Render(&b, 0)
	fmt.Print(b.String())
	fmt.Println(t.Size(), t.Depth())
	lt := MapTree(t, func(s string) int { return len(s) })
	b.Reset()
	lt.Render(&b, 1)
	fmt.Print(b.String())
	fmt.Printf("%T %T\n", lt, lt.Children)
	add := func(a, b int) int { return a + b }
	mul := func(a, b int) int { return a * b }
	var e Expr[int] = Op[int]{"+", add, Lit[int]{2}, Op[int]{"*", mul, Lit[int]{3}, Lit[int]{4}}}
	fmt.Println(e.Eval())
	cat := Op[string]{"cat", func(a, b string) string { return a + b }, Lit[string]{"ab"}, Lit[string]{"cd"}}
	fmt.Println(cat.Eval())
	fmt.Println(MinOf(Ver{1, 4}, Ver{0, 9}, Ver{1, 0}, Ver{0, 10}))
}
