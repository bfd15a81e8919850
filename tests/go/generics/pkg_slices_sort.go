package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type emp struct {
	Name string
	Dept string
	Age  int
}

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	slices.Sort(xs)
	fmt.Println(xs, slices.IsSorted(xs))
	ss := []string{"pear", "Apple", "fig", "apple"}
	slices.Sort(ss)
	fmt.Println(ss)
	slices.SortFunc(ss, func(a, b string) int { return cmp.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(ss)
	fs := []float64{2, -1, 0.5}
	slices.Sort(fs)
	fmt.Println(fs)
	es := []emp{{"ann", "eng", 40}, {"bob", "ops", 30}, {"cat", "eng", 30}, {"dan", "ops", 40}, {"eve", "eng", 25}}
	slices.SortStableFunc(es, func(a, b emp) int { return cmp.Compare(a.Dept, b.Dept) })
	fmt.Println(es)
	slices.SortFunc(es, func(a, b emp) int {
		return cmp.Or(cmp.Compare(b.Age, a.Age), strings.Compare(a.Name, b.Name))
	})
	fmt.Println(es)
	fmt.Println(slices.IsSortedFunc(es, func(a, b emp) int { return cmp.Compare(b.Age, a.Age) }))
	var empty []int
	slices.Sort(empty)
	fmt.Println(empty, slices.IsSorted(empty))
	type Score int
	sc := []Score{3, 1, 2}
	slices.Sort(sc)
	fmt.Printf("%v %T\n", sc, sc)
}
