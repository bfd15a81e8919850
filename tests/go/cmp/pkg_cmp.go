package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

type celsius float64

type level string

func main() {
	nan := math.NaN()
	vals := []float64{nan, math.Inf(-1), -1, math.Copysign(0, -1), 0, 1, math.Inf(1)}
	for _, a := range vals {
		for _, b := range vals {
			fmt.Print(cmp.Compare(a, b), cmp.Less(a, b), " ")
		}
		fmt.Println()
	}
	fmt.Println(cmp.Compare(int8(-128), 127), cmp.Compare(uint64(math.MaxUint64), 0), cmp.Compare(uintptr(1), 1))
	fmt.Println(cmp.Compare("a", "ab"), cmp.Compare("", ""), cmp.Less("Z", "a"))
	fmt.Println(cmp.Compare(celsius(3.5), 2), cmp.Less(level("hi"), "lo"))
	fmt.Println(cmp.Or(0, 0, 3, 4), cmp.Or("", "fallback"), cmp.Or[string](), cmp.Or(false, true))
	type pt struct{ x, y int }
	fmt.Println(cmp.Or(pt{}, pt{1, 2}), cmp.Or[*int](nil, nil) == nil)

	// The usual multi-key comparison.
	type rec struct {
		last, first string
		age         int
	}
	rs := []rec{{"Smith", "Ann", 40}, {"Doe", "Jo", 30}, {"Smith", "Al", 40}, {"Doe", "Jo", 20}}
	slices.SortFunc(rs, func(a, b rec) int {
		return cmp.Or(
			cmp.Compare(a.last, b.last),
			cmp.Compare(a.first, b.first),
			cmp.Compare(a.age, b.age),
		)
	})
	fmt.Println(rs)

	// Generic use through the constraint.
	fmt.Println(clamp(15, 0, 10), clamp(-2.5, -1, 1), clamp("m", "a", "k"))
}

func clamp[T cmp.Ordered](v, lo, hi T) T {
	return min(max(v, lo), hi)
}
