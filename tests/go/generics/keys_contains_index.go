package main

import (
	"fmt"
	"sort"
)

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func Values[K comparable, V any](m map[K]V) []V {
	vals := make([]V, 0, len(m))
	for _, v := range m {
		vals = append(vals, v)
	}
	return vals
}

func Contains[T comparable](xs []T, x T) bool {
	return Index(xs, x) >= 0
}

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

type point struct{ x, y int }

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	ks := Keys(m)
	sort.Strings(ks)
	fmt.Println(ks)
	vs := Values(m)
	sort.Ints(vs)
	fmt.Println(vs)
	fmt.Println(len(Keys(map[int]bool{})), Keys[int, bool](nil) == nil)
	xs := []string{"go", "rust", "zig"}
	fmt.Println(Index(xs, "rust"), Index(xs, "c"), Contains(xs, "zig"), Contains(xs, ""))
	ps := []point{{1, 2}, {3, 4}}
	fmt.Println(Index(ps, point{3, 4}), Contains(ps, point{4, 3}))
	var ifs = []any{1, "a", 2.5, nil}
	fmt.Println(Index(ifs, any("a")), Index(ifs, nil), Index[any](ifs, 2.5), Contains(ifs, any(1.0)))
	arrs := [][2]int{{1, 1}, {2, 2}}
	fmt.Println(Index(arrs, [2]int{2, 2}))
	fmt.Println(Index([]float64{0.1, 0.2}, 0.2), Contains([]rune("héllo"), 'é'))
	ptrs := []*point{&ps[0], &ps[1]}
	fmt.Println(Index(ptrs, &ps[1]), Index(ptrs, &point{1, 2}))
	im := map[point]string{{1, 2}: "a", {0, 0}: "o"}
	pk := Keys(im)
	sort.Slice(pk, func(i, j int) bool { return pk[i].x < pk[j].x })
	fmt.Println(pk)
}
