package main

import (
	"cmp"
	"fmt"
	"iter"
)

type Tree[T cmp.Ordered] struct {
	root *node[T]
}

type node[T cmp.Ordered] struct {
	v           T
	left, right *node[T]
}

func (t *Tree[T]) Insert(vs ...T) {
	for _, v := range vs {
		p := &t.root
		for *p != nil {
			if v < (*p).v {
				p = &(*p).left
			} else {
				p = &(*p).right
			}
		}
		*p = &node[T]{v: v}
	}
}

func (n *node[T]) walk(yield func(T) bool) bool {
	return n == nil || n.left.walk(yield) && yield(n.v) && n.right.walk(yield)
}

func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) { t.root.walk(yield) }
}

// SameFringe compares two trees' in-order sequences in lockstep.
func SameFringe[T cmp.Ordered](a, b *Tree[T]) bool {
	na, sa := iter.Pull(a.All())
	defer sa()
	nb, sb := iter.Pull(b.All())
	defer sb()
	for {
		va, oka := na()
		vb, okb := nb()
		if oka != okb || va != vb {
			return false
		}
		if !oka {
			return true
		}
	}
}

func main() {
	var a, b, c Tree[int]
	a.Insert(4, 2, 6, 1, 3, 5, 7)
	b.Insert(1, 2, 3, 4, 5, 6, 7)
	c.Insert(1, 2, 3, 4, 5, 6, 8)
	for v := range a.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(SameFringe(&a, &b), SameFringe(&a, &c), SameFringe(&Tree[int]{}, &Tree[int]{}))
	var s Tree[string]
	s.Insert("m", "c", "x")
	for v := range s.All() {
		if v == "x" {
			break
		}
		fmt.Print(v)
	}
	fmt.Println()
}
