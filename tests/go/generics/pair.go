package main

import (
	"fmt"
	"sort"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func (p Pair[K, V]) Swap() Pair[string, K] {
	return Pair[string, K]{fmt.Sprint(p.Val), p.Key}
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("(%v: %v)", p.Key, p.Val) }

func Entries[K comparable, V any](m map[K]V, less func(a, b K) bool) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i].Key, out[j].Key) })
	return out
}

func main() {
	p := MakePair("age", 42)
	fmt.Println(p)
	fmt.Printf("%v %+v %T\n", p, p, p)
	fmt.Printf("%#v\n", Pair[int, bool]{1, true})
	s := p.Swap()
	fmt.Println(s, s.Key, s.Val)
	fmt.Printf("%T\n", s)
	ss := s.Swap()
	fmt.Printf("%T %v\n", ss, ss)
	m := map[string]float64{"pi": 3.14, "e": 2.72, "phi": 1.62}
	for _, e := range Entries(m, func(a, b string) bool { return a < b }) {
		fmt.Println(e.Key, e.Val)
	}
	fmt.Println(Entries(map[int]string{3: "c", 1: "a", 2: "b"}, func(a, b int) bool { return a > b }))
	a, b := MakePair(1, "x"), MakePair(1, "x")
	fmt.Println(a == b, a == MakePair(2, "x"))
	set := map[Pair[int, string]]bool{a: true}
	fmt.Println(set[b], set[Pair[int, string]{1, "y"}])
	var np Pair[string, []int]
	fmt.Printf("%+v %v\n", np, np.Val == nil)
}
