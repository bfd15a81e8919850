package main

import (
	"fmt"
	"strings"
)

type Container[T any] interface {
	Put(T)
	Items() []T
	Len() int
}

type Bag[T any] struct{ xs []T }

func (b *Bag[T]) Put(v T)    { b.xs = append(b.xs, v) }
func (b *Bag[T]) Items() []T { return b.xs }
func (b *Bag[T]) Len() int   { return len(b.xs) }

type Uniq[T comparable] struct {
	seen map[T]bool
	xs   []T
}

func (u *Uniq[T]) Put(v T) {
	if u.seen == nil {
		u.seen = map[T]bool{}
	}
	if !u.seen[v] {
		u.seen[v] = true
		u.xs = append(u.xs, v)
	}
}
func (u *Uniq[T]) Items() []T { return u.xs }
func (u *Uniq[T]) Len() int   { return len(u.xs) }

func Fill[T any](c Container[T], vs ...T) Container[T] {
	for _, v := range vs {
		c.Put(v)
	}
	return c
}

type Visitor[R any] interface {
	VisitNum(int) R
	VisitAdd(a, b Node) R
}

type Node interface {
	String() string
}

type Num int
type Add struct{ A, B Node }

func (n Num) String() string { return fmt.Sprint(int(n)) }
func (a Add) String() string { return "(" + a.A.String() + "+" + a.B.String() + ")" }

func Accept[R any](n Node, v Visitor[R]) R {
	switch n := n.(type) {
	case Num:
		return v.VisitNum(int(n))
	case Add:
		return v.VisitAdd(n.A, n.B)
	}
	panic("unknown node")
}

type evaluator struct{}

func (e evaluator) VisitNum(n int) int     { return n }
func (e evaluator) VisitAdd(a, b Node) int { return Accept[int](a, e) + Accept[int](b, e) }

type depth struct{}

func (d depth) VisitNum(int) []string { return []string{"num"} }
func (d depth) VisitAdd(a, b Node) []string {
	return append(append([]string{"add"}, Accept[[]string](a, d)...), Accept[[]string](b, d)...)
}

func main() {
	cs := []Container[string]{&Bag[string]{}, &Uniq[string]{}}
	for _, c := range cs {
		Fill(c, "a", "b", "a", "c", "b")
		fmt.Printf("%T %d %v\n", c, c.Len(), c.Items())
	}
	var ci Container[int] = &Uniq[int]{}
	Fill(ci, 3, 3, 3)
	fmt.Println(ci.Items())
	_, isBag := ci.(*Bag[int])
	u, isUniq := ci.(*Uniq[int])
	fmt.Println(isBag, isUniq, u.seen)
	tree := Add{Num(1), Add{Num(2), Num(3)}}
	fmt.Println(tree, Accept[int](tree, evaluator{}))
	fmt.Println(strings.Join(Accept[[]string](tree, depth{}), ","))
	var anyc any = &Bag[float64]{}
	_, ok1 := anyc.(Container[float64])
	_, ok2 := anyc.(Container[int])
	fmt.Println(ok1, ok2)
}
