package main

import (
	"fmt"
	"strconv"
)

func Convert[To, From any](xs []From, f func(From) To) []To {
	out := make([]To, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Parse[T any, S ~string](s S, parse func(string) (T, error)) (T, error) {
	return parse(string(s))
}

// Cast needs only its first type argument; From is inferred.
func Cast[To ~int | ~float64, From ~int | ~float64](x From) To { return To(x) }

func MakeMap[K comparable, V any](keys []K, val func(K) V) map[K]V {
	m := make(map[K]V, len(keys))
	for _, k := range keys {
		m[k] = val(k)
	}
	return m
}

func Apply[T any, F ~func(T) T](x T, fs ...F) T {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

type Op func(int) int

func Fold[T, A any](xs []T, a A, f func(A, T) A) A {
	for _, x := range xs {
		a = f(a, x)
	}
	return a
}

func Sum[T ~int | ~float64](xs []T) T {
	return Fold(xs, T(0), func(a, x T) T { return a + x })
}

func Lengths[S ~[]E, E ~string](s S) []int {
	return Convert(s, func(e E) int { return len(e) })
}

type Names []string

func main() {
	fmt.Println(Convert([]int{1, 2}, strconv.Itoa))
	fmt.Println(Convert[float64]([]int{1, 2}, func(i int) float64 { return float64(i) / 4 }))
	n, err := Parse("42", strconv.Atoi)
	fmt.Println(n, err)
	b, err := Parse[bool]("maybe", strconv.ParseBool)
	fmt.Println(b, err)
	fmt.Println(Cast[int](2.9), Cast[float64](7))
	fmt.Printf("%T\n", Cast[float64, int])
	m := MakeMap([]string{"a", "bb"}, func(s string) int { return len(s) })
	fmt.Println(m)
	fmt.Println(Apply(3, Op(func(n int) int { return n * 2 }), Op(func(n int) int { return n + 1 })))
	fmt.Println(Apply(1.5, func(f float64) float64 { return f * f }))
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}))
	fmt.Println(Lengths(Names{"ab", "", "xyz"}))
	fmt.Println(Fold([]string{"a", "b", "c"}, 0, func(n int, s string) int { return n + len(s) }))
}
