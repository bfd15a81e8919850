package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Student struct {
	Name  string
	Grade int
	Score float64
}

func SortByKeys[T any](xs []T, cmps ...func(a, b T) int) {
	slices.SortStableFunc(xs, func(a, b T) int {
		for _, c := range cmps {
			if r := c(a, b); r != 0 {
				return r
			}
		}
		return 0
	})
}

func By[T any, K cmp.Ordered](key func(T) K) func(a, b T) int {
	return func(a, b T) int { return cmp.Compare(key(a), key(b)) }
}

func Desc[T any](f func(a, b T) int) func(a, b T) int {
	return func(a, b T) int { return -f(a, b) }
}

func main() {
	ss := []Student{
		{"ana", 2, 88.5}, {"ben", 1, 92}, {"cyd", 2, 92}, {"dee", 1, 75}, {"eli", 2, 88.5}, {"fay", 1, 92},
	}
	SortByKeys(ss, By(func(s Student) int { return s.Grade }), Desc(By(func(s Student) float64 { return s.Score })))
	for _, s := range ss {
		fmt.Println(s.Grade, s.Score, s.Name)
	}
	SortByKeys(ss, Desc(By(func(s Student) string { return s.Name })))
	fmt.Println(ss[0].Name, ss[len(ss)-1].Name)
	i, found := slices.BinarySearchFunc(ss, "cyd", func(s Student, name string) int { return cmp.Compare(name, s.Name) })
	fmt.Println(i, found)
	best := slices.MaxFunc(ss, By(func(s Student) float64 { return s.Score }))
	fmt.Println(best.Name)
}
