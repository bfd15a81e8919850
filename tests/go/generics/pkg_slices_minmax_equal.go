package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

func main() {
	xs := []int{4, -2, 9, 9, 0}
	fmt.Println(slices.Min(xs), slices.Max(xs))
	fmt.Println(slices.Min([]string{"pear", "apple", "fig"}), slices.Max([]string{"pear", "apple", "fig"}))
	fmt.Println(slices.Max([]float64{1, math.NaN(), 3}), slices.Min([]float64{1, math.NaN(), 3}))
	byLen := func(a, b string) int { return cmp.Compare(len(a), len(b)) }
	ws := []string{"ccc", "a", "bb", "d", "eee"}
	fmt.Println(slices.MinFunc(ws, byLen), slices.MaxFunc(ws, byLen))
	fmt.Println(slices.Equal([]int{1, 2}, []int{1, 2}), slices.Equal([]int{1, 2}, []int{2, 1}), slices.Equal([]int{}, nil))
	fmt.Println(slices.Equal([]float64{math.NaN()}, []float64{math.NaN()}))
	fmt.Println(slices.EqualFunc([]string{"A", "b"}, []string{"a", "B"}, strings.EqualFold))
	fmt.Println(slices.Compare([]int{1, 2, 3}, []int{1, 2, 4}), slices.Compare([]int{1, 2}, []int{1, 2, 0}), slices.Compare([]int{2}, []int{1, 9}))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(slices.Max([]int{}))
}
