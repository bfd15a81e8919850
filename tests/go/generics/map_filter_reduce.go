package main

import (
	"fmt"
	"strconv"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6}
	sq := Map(nums, func(n int) int { return n * n })
	fmt.Println("squares:", sq)
	strs := Map(nums, strconv.Itoa)
	fmt.Printf("strs: %q\n", strs)
	fmt.Println("joined:", strings.Join(strs, "-"))
	even := Filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println("even:", even, len(even))
	none := Filter(nums, func(n int) bool { return n > 100 })
	fmt.Println("none:", none, none == nil, len(none))
	sum := Reduce(nums, 0, func(a, n int) int { return a + n })
	fmt.Println("sum:", sum)
	cat := Reduce(nums, "", func(a string, n int) string { return a + strconv.Itoa(n) })
	fmt.Println("cat:", cat)
	lens := Map([]string{"a", "bb", "", "dddd"}, func(s string) int { return len(s) })
	fmt.Println("lens:", lens)
	empty := Map([]string{}, func(s string) float64 { return 1.5 })
	fmt.Println("empty:", empty, len(empty), cap(empty), empty == nil)
	chain := Reduce(Filter(Map(nums, func(n int) float64 { return float64(n) / 2 }),
		func(f float64) bool { return f != float64(int(f)) }), 0.0,
		func(a, f float64) float64 { return a + f })
	fmt.Println("chain:", chain)
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	upper := Map(Filter(words, func(w string) bool { return len(w) > 3 }), strings.ToUpper)
	fmt.Println(upper)
	longest := Reduce(words, "", func(best, w string) string {
		if len(w) > len(best) {
			return w
		}
		return best
	})
	fmt.Println("longest:", longest)
}
