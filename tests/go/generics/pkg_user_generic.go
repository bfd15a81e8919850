package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

func TopN[K comparable, V cmp.Ordered](m map[K]V, n int, tie func(a, b K) int) []K {
	keys := slices.Collect(maps.Keys(m))
	slices.SortFunc(keys, func(a, b K) int {
		return cmp.Or(cmp.Compare(m[b], m[a]), tie(a, b))
	})
	if len(keys) > n {
		keys = keys[:n]
	}
	return keys
}

func Uniq[S ~[]E, E cmp.Ordered](s S) S {
	c := slices.Clone(s)
	slices.Sort(c)
	return slices.Compact(c)
}

func GroupBy[T any, K cmp.Ordered](xs []T, key func(T) K) ([]K, map[K][]T) {
	g := map[K][]T{}
	for _, x := range xs {
		g[key(x)] = append(g[key(x)], x)
	}
	return slices.Sorted(maps.Keys(g)), g
}

func main() {
	text := "the cat and the hat and the bat sat on the mat"
	freq := map[string]int{}
	for _, w := range strings.Fields(text) {
		freq[w]++
	}
	fmt.Println(TopN(freq, 3, strings.Compare))
	fmt.Println(TopN(map[int]float64{1: 0.5, 2: 0.9, 3: 0.9}, 5, cmp.Compare[int]))
	fmt.Println(Uniq(strings.Fields(text)))
	type IDs []int
	u := Uniq(IDs{3, 1, 3, 2})
	fmt.Printf("%T %v\n", u, u)
	keys, groups := GroupBy(strings.Fields(text), func(s string) int { return len(s) })
	for _, k := range keys {
		fmt.Println(k, Uniq(groups[k]))
	}
}
