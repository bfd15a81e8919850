package main

import (
	"fmt"
	"iter"
	"maps"
	"math"
	"slices"
	"strings"
)

type counts map[string]int

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	fmt.Println(slices.Sorted(maps.Keys(m)))
	fmt.Println(slices.Sorted(maps.Values(m)))
	sum := 0
	for k, v := range maps.All(m) {
		sum += v * len(k)
	}
	fmt.Println(sum)

	c := maps.Clone(m)
	c["d"] = 4
	fmt.Println(len(m), len(c), maps.Equal(m, c))
	delete(c, "d")
	fmt.Println(maps.Equal(m, c))
	var nilMap map[string]int
	fmt.Println(maps.Clone(nilMap) == nil, maps.Equal(nilMap, map[string]int{}))

	named := counts{"x": 1}
	cl := maps.Clone(named)
	fmt.Printf("%T %v\n", cl, cl)

	dst := map[string]int{"a": 100, "z": 26}
	maps.Copy(dst, m)
	fmt.Println(dst)

	maps.DeleteFunc(dst, func(k string, v int) bool { return v > 2 })
	fmt.Println(dst)

	fmt.Println(maps.EqualFunc(map[int]string{1: "one"}, map[int]string{1: "ONE"}, strings.EqualFold))
	fmt.Println(maps.EqualFunc(map[int]string{1: "one"}, map[int]string{2: "one"}, strings.EqualFold))

	col := maps.Collect(maps.All(map[int]bool{1: true, 2: false}))
	fmt.Println(col)
	ins := map[int]bool{3: true}
	maps.Insert(ins, maps.All(col))
	fmt.Println(ins)

	// (converted: minigo cannot infer K and V from a func literal yet)
	idx := maps.Collect(iter.Seq2[string, int](func(yield func(string, int) bool) {
		for i, w := range strings.Fields("go is fun go") {
			if !yield(w, i) {
				return
			}
		}
	}))
	fmt.Println(idx)

	// NaN keys survive a clone; Equal does not find them.
	nm := map[float64]int{math.NaN(): 1, math.NaN(): 2, 0: 3}
	nc := maps.Clone(nm)
	fmt.Println(len(nc), maps.Equal(nm, nc))

	// Stopping early.
	n := 0
	for range maps.Keys(m) {
		n++
		if n == 2 {
			break
		}
	}
	fmt.Println(n)
}
