package main

import (
	"fmt"
	"strings"
)

func SumSlice[S ~[]E, E ~int | ~float64](s S) E {
	var t E
	for _, v := range s {
		t += v
	}
	return t
}

func Indexes[S ~[]E, E any](s S) []int {
	var out []int
	for i := range s {
		out = append(out, i)
	}
	return out
}

func MapKeysLen[M ~map[K]V, K comparable, V any](m M) int {
	n := 0
	for range m {
		n++
	}
	return n
}

func Drain[C ~chan E | ~<-chan E, E any](c C) []E {
	var out []E
	for v := range c {
		out = append(out, v)
	}
	return out
}

func Runes[S ~string](s S) []string {
	var out []string
	for i, r := range s {
		out = append(out, fmt.Sprintf("%d:%c", i, r))
	}
	return out
}

func ArraySum[A ~[4]int](a A) int {
	t := 0
	for _, v := range a {
		t += v
	}
	return t
}

func Last[S ~[]E, E any](s S) E { return s[len(s)-1] }

func SliceOf[S ~[]E, E any](s S, i, j int) S { return s[i:j] }

type Scores []float64
type Grid [4]int
type Word string
type Dict map[string]bool

func main() {
	fmt.Println(SumSlice(Scores{1.5, 2.5}), SumSlice([]int{4, 5}))
	fmt.Printf("%T\n", SumSlice(Scores{}))
	fmt.Println(Indexes([]string{"a", "b", "c"}), Indexes([]int{}))
	fmt.Println(MapKeysLen(Dict{"x": true, "y": false}), MapKeysLen(map[int]int{}))
	ch := make(chan string, 3)
	ch <- "p"
	ch <- "q"
	close(ch)
	fmt.Println(Drain(ch))
	fmt.Println(strings.Join(Runes(Word("héj")), " "))
	fmt.Println(ArraySum(Grid{1, 2, 3, 4}), ArraySum([4]int{}))
	fmt.Println(Last(Scores{1, 9}), Last([]string{"z"}))
	sub := SliceOf(Scores{1, 2, 3, 4}, 1, 3)
	fmt.Printf("%T %v %d\n", sub, sub, cap(sub))
}
