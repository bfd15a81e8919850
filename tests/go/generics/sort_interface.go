package main

import (
	"fmt"
	"sort"
	"strings"
)

// By adapts a slice and a less function to sort.Interface.
type By[T any] struct {
	xs   []T
	less func(a, b T) bool
}

func (b By[T]) Len() int           { return len(b.xs) }
func (b By[T]) Less(i, j int) bool { return b.less(b.xs[i], b.xs[j]) }
func (b By[T]) Swap(i, j int)      { b.xs[i], b.xs[j] = b.xs[j], b.xs[i] }

func SortBy[T any](xs []T, less func(a, b T) bool) {
	sort.Sort(By[T]{xs, less})
}

func StableBy[T any](xs []T, less func(a, b T) bool) {
	sort.Stable(By[T]{xs, less})
}

func SortedCopy[T any](xs []T, less func(a, b T) bool) []T {
	c := append([]T(nil), xs...)
	sort.Slice(c, func(i, j int) bool { return less(c[i], c[j]) })
	return c
}

func IsSorted[T any](xs []T, less func(a, b T) bool) bool {
	return sort.IsSorted(By[T]{xs, less})
}

func Search[T any](xs []T, target T, less func(a, b T) bool) int {
	return sort.Search(len(xs), func(i int) bool { return !less(xs[i], target) })
}

type person struct {
	name string
	age  int
}

func main() {
	people := []person{{"alice", 30}, {"bob", 25}, {"carol", 30}, {"dave", 25}, {"eve", 35}}
	StableBy(people, func(a, b person) bool { return a.age < b.age })
	fmt.Println(people)
	SortBy(people, func(a, b person) bool { return a.name > b.name })
	fmt.Println(people)
	words := strings.Fields("kiwi fig banana apple cherry date")
	byLen := SortedCopy(words, func(a, b string) bool {
		if len(a) != len(b) {
			return len(a) < len(b)
		}
		return a < b
	})
	fmt.Println(byLen, words[0])
	nums := []int{9, 1, 8, 2, 7}
	lt := func(a, b int) bool { return a < b }
	fmt.Println(IsSorted(nums, lt))
	SortBy(nums, lt)
	fmt.Println(nums, IsSorted(nums, lt), Search(nums, 7, lt), Search(nums, 3, lt), Search(nums, 100, lt))
	var s sort.Interface = By[float64]{[]float64{2, 1}, func(a, b float64) bool { return a < b }}
	fmt.Printf("%T %d\n", s, s.Len())
}
