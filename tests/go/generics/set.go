package main

import (
	"fmt"
	"sort"
	"strings"
)

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](items ...T) Set[T] {
	s := Set[T]{m: make(map[T]struct{})}
	for _, it := range items {
		s.Add(it)
	}
	return s
}

func (s Set[T]) Add(v T)      { s.m[v] = struct{}{} }
func (s Set[T]) Remove(v T)   { delete(s.m, v) }
func (s Set[T]) Has(v T) bool { _, ok := s.m[v]; return ok }
func (s Set[T]) Len() int     { return len(s.m) }
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := NewSet[T]()
	for k := range s.m {
		r.Add(k)
	}
	for k := range o.m {
		r.Add(k)
	}
	return r
}
func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := NewSet[T]()
	for k := range s.m {
		if o.Has(k) {
			r.Add(k)
		}
	}
	return r
}
func (s Set[T]) Diff(o Set[T]) Set[T] {
	r := NewSet[T]()
	for k := range s.m {
		if !o.Has(k) {
			r.Add(k)
		}
	}
	return r
}
func (s Set[T]) Sorted(less func(a, b T) bool) []T {
	out := make([]T, 0, len(s.m))
	for k := range s.m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

func intLess(a, b int) bool { return a < b }

func main() {
	a := NewSet(1, 2, 3, 4)
	b := NewSet(3, 4, 5)
	fmt.Println(a.Len(), b.Len(), a.Has(2), b.Has(2))
	fmt.Println("union", a.Union(b).Sorted(intLess))
	fmt.Println("inter", a.Intersect(b).Sorted(intLess))
	fmt.Println("a-b", a.Diff(b).Sorted(intLess), "b-a", b.Diff(a).Sorted(intLess))
	a.Remove(1)
	a.Remove(99)
	fmt.Println(a.Sorted(intLess))
	words := NewSet(strings.Fields("a rose is a rose is a rose")...)
	fmt.Println(words.Len(), words.Sorted(func(x, y string) bool { return x < y }))
	type pt struct{ X, Y int }
	ps := NewSet(pt{1, 2}, pt{1, 2}, pt{2, 1})
	fmt.Println(ps.Len(), ps.Has(pt{2, 1}))
	is := NewSet[any](1, "1", 1.0, 1)
	fmt.Println(is.Len(), is.Has(1), is.Has(int64(1)))
	fmt.Println(NewSet[string]().Sorted(func(x, y string) bool { return x < y }))
}
