package main

import (
	"errors"
	"fmt"
)

func Equal[T comparable](a, b T) bool { return a == b }

func Count[T comparable](xs []T, x T) int {
	n := 0
	for _, v := range xs {
		if v == x {
			n++
		}
	}
	return n
}

func Dedup[T comparable](xs []T) []T {
	seen := make(map[T]bool)
	var out []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func Describe[T any](x T) string { return fmt.Sprintf("%v/%T", x, x) }

type key struct {
	a string
	b int
}

func main() {
	fmt.Println(Equal(1, 1), Equal("a", "b"), Equal(key{"x", 1}, key{"x", 1}))
	fmt.Println(Equal([2]int{1, 2}, [2]int{1, 2}), Equal(1.5, 1.50))
	var e1, e2 error = errors.New("x"), errors.New("x")
	fmt.Println(Equal(e1, e2), Equal(e1, e1), Equal[error](nil, nil))
	var a1, a2 any = 3, 3
	fmt.Println(Equal(a1, a2), Equal[any](3, int64(3)), Equal[any]("s", "s"))
	ch := make(chan int)
	fmt.Println(Equal(ch, ch), Equal(ch, make(chan int)))
	fmt.Println(Count([]string{"a", "b", "a", "a"}, "a"), Count([]key{{"k", 1}, {"k", 2}}, key{"k", 2}))
	fmt.Println(Dedup([]int{3, 1, 3, 2, 1, 3}), Dedup([]string{}), Dedup([]any{1, "1", 1, nil, nil}))
	fmt.Println(Describe(1), Describe("s"), Describe([]int{1}), Describe(map[string]int{"a": 1}), Describe[any](nil))
	fmt.Println(Describe(func() {} == nil), Describe(struct{ X int }{5}))
	defer func() { fmt.Println("recovered:", recover()) }()
	var f1, f2 any = []int{1}, []int{1}
	fmt.Println(Equal(f1, f2))
}
