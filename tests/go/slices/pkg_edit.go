package main

import (
	"fmt"
	"slices"
	"strings"
)

func show(name string, s []int) {
	fmt.Printf("%s: %v len=%d nil=%v\n", name, s, len(s), s == nil)
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panics:", r)
		}
	}()
	f()
}

func main() {
	// Insert: at the front, middle, end; with and without room; with
	// values that alias the slice itself.
	s := []int{1, 2, 3}
	show("insert front", slices.Insert(slices.Clone(s), 0, 9, 8))
	show("insert mid", slices.Insert(slices.Clone(s), 1, 7))
	show("insert end", slices.Insert(slices.Clone(s), 3, 4, 5))
	show("insert none", slices.Insert(s, 1))
	roomy := make([]int, 5, 20)
	for i := range roomy {
		roomy[i] = i * 10
	}
	show("insert roomy", slices.Insert(roomy, 2, -1, -2))
	al := make([]int, 6, 20)
	for i := range al {
		al[i] = i
	}
	show("insert aliasing", slices.Insert(al, 1, al[3:5]...))
	al2 := make([]int, 6, 20)
	for i := range al2 {
		al2[i] = i
	}
	show("insert aliasing head", slices.Insert(al2, 4, al2[:2]...))
	try("insert past end", func() { slices.Insert([]int{1}, 3, 5) })
	show("insert nil", slices.Insert([]int(nil), 0))

	// Delete, DeleteFunc: the tail is zeroed.
	d := []int{0, 1, 2, 3, 4, 5}
	d2 := slices.Delete(d, 1, 3)
	show("delete", d2)
	show("delete backing", d)
	show("delete none", slices.Delete([]int{1, 2}, 1, 1))
	try("delete bad", func() { slices.Delete([]int{1, 2}, 2, 1) })
	try("delete past", func() { slices.Delete([]int{1, 2}, 1, 5) })
	e := []int{1, 2, 3, 4, 5, 6}
	e2 := slices.DeleteFunc(e, func(x int) bool { return x%2 == 0 })
	show("deletefunc", e2)
	show("deletefunc backing", e)
	words := []string{"a", "", "b", "", ""}
	fmt.Printf("%q\n", slices.DeleteFunc(words, func(w string) bool { return w == "" }))
	fmt.Printf("%q\n", words)

	// Replace: shrinking, same size, growing (in place and reallocating),
	// and with v aliasing s.
	r := []int{0, 1, 2, 3, 4, 5}
	show("replace shrink", slices.Replace(slices.Clone(r), 1, 4, 9))
	show("replace same", slices.Replace(slices.Clone(r), 1, 3, 8, 9))
	show("replace grow", slices.Replace(slices.Clone(r), 1, 2, 7, 8, 9))
	show("replace at end", slices.Replace(slices.Clone(r), 4, 6, 1))
	show("replace empty range", slices.Replace(slices.Clone(r), 2, 2, 42))
	big := make([]int, 6, 30)
	copy(big, r)
	show("replace grow in place", slices.Replace(big, 1, 2, 7, 8, 9))
	ra := make([]int, 8, 30)
	for i := range ra {
		ra[i] = i
	}
	show("replace aliasing", slices.Replace(ra, 2, 4, ra[1:6]...))
	try("replace bad", func() { slices.Replace([]int{1, 2}, 1, 3) })

	// Compact, CompactFunc.
	c := []int{1, 1, 2, 2, 2, 3, 1, 1}
	show("compact", slices.Compact(c))
	show("compact backing", c)
	show("compact nil", slices.Compact([]int(nil)))
	names := []string{"Go", "go", "GO", "Rust", "rust", "C"}
	fmt.Println(slices.CompactFunc(names, strings.EqualFold))

	// Clone, Clip, Grow.
	show("clone nil", slices.Clone([]int(nil)))
	show("clone empty", slices.Clone([]int{}))
	base := make([]int, 2, 10)
	cl := slices.Clip(base)
	fmt.Println(len(cl), cap(cl))
	g := slices.Grow([]int{1, 2}, 10)
	fmt.Println(len(g), cap(g) >= 12, g)
	g2 := slices.Grow(g, 0)
	fmt.Println(len(g2), cap(g2) == cap(g))
	try("grow negative", func() { slices.Grow([]int{}, -1) })

	// Reverse, Concat, Repeat.
	rv := []string{"a", "b", "c", "d"}
	slices.Reverse(rv)
	fmt.Println(rv)
	show("concat", slices.Concat([]int{1}, nil, []int{2, 3}, []int{}))
	show("concat empty", slices.Concat[[]int]())
	show("concat nils", slices.Concat([]int(nil), []int{}))
	rep := slices.Repeat([]int{1, 2}, 3)
	fmt.Println(rep, len(rep), cap(rep))
	show("repeat zero", slices.Repeat([]int{1, 2}, 0))
	try("repeat negative", func() { slices.Repeat([]int{1}, -1) })
	try("repeat overflow", func() { slices.Repeat([]int{1, 2}, 1<<62) })

	// Index, Contains, Equal, Compare and their Func forms.
	xs := []int{5, 6, 7, 6}
	fmt.Println(slices.Index(xs, 6), slices.Index(xs, 9), slices.Contains(xs, 7), slices.Contains(xs, 1))
	fmt.Println(slices.IndexFunc(xs, func(x int) bool { return x > 5 }), slices.ContainsFunc(xs, func(x int) bool { return x < 0 }))
	fmt.Println(slices.Equal([]int{}, nil), slices.Equal(xs, []int{5, 6, 7, 6}), slices.Equal(xs, xs[:3]))
	fmt.Println(slices.EqualFunc(xs, []string{"5", "6", "7", "6"}, func(a int, b string) bool { return fmt.Sprint(a) == b }))
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2}, []int{1}), slices.Compare([]int{}, []int(nil)))
	fmt.Println(slices.CompareFunc([]string{"a", "B"}, []string{"A", "b"}, func(a, b string) int {
		return strings.Compare(strings.ToLower(a), strings.ToLower(b))
	}))
}
