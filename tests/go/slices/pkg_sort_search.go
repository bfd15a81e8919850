package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

type person struct {
	name string
	age  int
}

type ints []int

func main() {
	// Sort of several element types, with duplicates, sizes around the
	// insertion-sort threshold and larger ones that take pdqsort's paths.
	for _, n := range []int{0, 1, 2, 11, 12, 13, 50, 300} {
		x := make([]int, n)
		for i := range x {
			x[i] = (i*7919 + 13) % 97
		}
		slices.Sort(x)
		fmt.Println(n, slices.IsSorted(x), len(x))
	}
	desc := make([]int, 200)
	for i := range desc {
		desc[i] = 200 - i
	}
	slices.Sort(desc)
	fmt.Println(desc[:5], desc[195:], slices.IsSorted(desc))

	fs := []float64{3, math.NaN(), -1, math.Inf(1), 0, math.Inf(-1), math.NaN(), 2.5}
	slices.Sort(fs)
	fmt.Println(fs)
	ss := []string{"pear", "apple", "fig", "", "banana", "apple"}
	slices.Sort(ss)
	fmt.Printf("%q\n", ss)
	var named ints = ints{5, 2, 8, 1}
	slices.Sort(named)
	fmt.Printf("%T %v\n", named, named)

	// SortFunc, SortStableFunc.
	people := []person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 35}, {"Frank", 25}}
	byAge := slices.Clone(people)
	slices.SortStableFunc(byAge, func(a, b person) int { return cmp.Compare(a.age, b.age) })
	fmt.Println(byAge)
	byName := slices.Clone(people)
	slices.SortFunc(byName, func(a, b person) int { return strings.Compare(b.name, a.name) })
	fmt.Println(byName)
	multi := slices.Clone(people)
	slices.SortFunc(multi, func(a, b person) int {
		return cmp.Or(cmp.Compare(b.age, a.age), cmp.Compare(a.name, b.name))
	})
	fmt.Println(multi)
	fmt.Println(slices.IsSortedFunc(byAge, func(a, b person) int { return a.age - b.age }))
	fmt.Println(slices.IsSortedFunc(people, func(a, b person) int { return a.age - b.age }))

	// Stable sort of many equal keys keeps the input order.
	big := make([]person, 100)
	for i := range big {
		big[i] = person{fmt.Sprint(i), i % 3}
	}
	slices.SortStableFunc(big, func(a, b person) int { return a.age - b.age })
	fmt.Println(big[0], big[1], big[33], big[34], big[99])

	// BinarySearch, BinarySearchFunc.
	sorted := []int{1, 3, 3, 3, 7, 9}
	for _, t := range []int{0, 1, 3, 4, 9, 10} {
		i, found := slices.BinarySearch(sorted, t)
		fmt.Print(t, ":", i, found, " ")
	}
	fmt.Println()
	i, found := slices.BinarySearch([]int(nil), 5)
	fmt.Println(i, found)
	nf := []float64{math.NaN(), 1, 2}
	i, found = slices.BinarySearch(nf, math.NaN())
	fmt.Println(i, found)
	byAgeSorted := []person{{"x", 20}, {"y", 25}, {"z", 40}}
	i, found = slices.BinarySearchFunc(byAgeSorted, 25, func(p person, t int) int { return cmp.Compare(p.age, t) })
	fmt.Println(i, found)
	i, found = slices.BinarySearchFunc(byAgeSorted, 30, func(p person, t int) int { return cmp.Compare(p.age, t) })
	fmt.Println(i, found)

	// Min, Max, MinFunc, MaxFunc.
	fmt.Println(slices.Min([]int{4, 2, 8}), slices.Max([]int{4, 2, 8}))
	fmt.Println(slices.Min([]float64{1, math.NaN(), 0}), slices.Max([]float64{1, math.NaN(), 0}))
	fmt.Println(slices.Min([]string{"b", "a", "c"}), slices.Max([]string{"b", "a", "c"}))
	oldest := slices.MaxFunc(people, func(a, b person) int { return cmp.Compare(a.age, b.age) })
	youngest := slices.MinFunc(people, func(a, b person) int { return cmp.Compare(a.age, b.age) })
	fmt.Println(oldest, youngest)
	for _, f := range []func(){
		func() { slices.Min([]int{}) },
		func() { slices.Max([]int(nil)) },
		func() { slices.MinFunc([]int{}, cmp.Compare[int]) },
		func() { slices.MaxFunc([]int{}, cmp.Compare[int]) },
	} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			f()
		}()
	}
}
