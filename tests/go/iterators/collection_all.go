package main

import (
	"fmt"
	"iter"
)

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.next {
			if !yield(i, n.v) {
				return
			}
			i++
		}
	}
}

func (l *List[T]) Values() iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range l.All() {
			if !yield(v) {
				return
			}
		}
	}
}

type Set[T comparable] struct {
	order []T
	m     map[T]bool
}

func (s *Set[T]) Add(v T) {
	if s.m == nil {
		s.m = map[T]bool{}
	}
	if !s.m[v] {
		s.m[v] = true
		s.order = append(s.order, v)
	}
}

func (s *Set[T]) All(yield func(T) bool) {
	for _, v := range s.order {
		if !yield(v) {
			return
		}
	}
}

func Collect[T any](seq iter.Seq[T]) []T {
	var out []T
	for v := range seq {
		out = append(out, v)
	}
	return out
}

func main() {
	var l List[string]
	for _, s := range []string{"c", "b", "a"} {
		l.Push(s)
	}
	for i, v := range l.All() {
		fmt.Println(i, v)
	}
	fmt.Println(Collect(l.Values()))
	var s Set[int]
	for _, v := range []int{5, 3, 5, 1, 3} {
		s.Add(v)
	}
	for v := range s.All {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(Collect(s.All), Collect(iter.Seq[int](s.All)))
	var empty List[float64]
	fmt.Println(Collect(empty.Values()) == nil)
}
