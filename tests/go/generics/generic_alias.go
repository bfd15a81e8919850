package main

import (
	"fmt"
	"sort"
)

// Generic type aliases (Go 1.24).
type Set[T comparable] = map[T]struct{}

type Pair[A, B any] struct {
	First  A
	Second B
}

type IntPair[B any] = Pair[int, B]
type StrMap[V any] = map[string]V
type Matrix[T any] = [][]T
type Callback[T any] = func(T) bool

func Add[T comparable](s Set[T], vs ...T) {
	for _, v := range vs {
		s[v] = struct{}{}
	}
}

func Members(s Set[string]) []string {
	var out []string
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func Apply[T any](xs []T, f Callback[T]) int {
	n := 0
	for _, x := range xs {
		if f(x) {
			n++
		}
	}
	return n
}

func main() {
	s := Set[string]{}
	Add(s, "b", "a", "b", "c")
	fmt.Println(Members(s), len(s))
	var plain map[string]struct{} = s
	fmt.Println(len(plain))
	fmt.Printf("%T\n", s)
	ip := IntPair[string]{1, "x"}
	var p Pair[int, string] = ip
	fmt.Printf("%T %v %v\n", ip, ip, p == ip)
	m := StrMap[[]int]{"a": {1, 2}}
	m["b"] = append(m["b"], 3)
	fmt.Printf("%T %v\n", m, m)
	mat := Matrix[float64]{{1, 2}, {3, 4}}
	fmt.Printf("%T %v\n", mat, mat)
	fmt.Println(Apply([]int{1, 2, 3, 4}, func(n int) bool { return n > 2 }))
	var cb Callback[string] = func(s string) bool { return s != "" }
	fmt.Printf("%T %v\n", cb, Apply([]string{"", "a", ""}, cb))
}
