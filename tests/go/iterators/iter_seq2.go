package main

import (
	"fmt"
	"iter"
	"strings"
)

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func KV(s string) iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		for _, part := range strings.Split(s, ";") {
			k, v, _ := strings.Cut(part, "=")
			if !yield(strings.TrimSpace(k), strings.TrimSpace(v)) {
				return
			}
		}
	}
}

func Swap[K, V any](seq iter.Seq2[K, V]) iter.Seq2[V, K] {
	return func(yield func(V, K) bool) {
		for k, v := range seq {
			if !yield(v, k) {
				return
			}
		}
	}
}

func Keys[K, V any](seq iter.Seq2[K, V]) iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range seq {
			if !yield(k) {
				return
			}
		}
	}
}

func main() {
	for i, s := range Enumerate([]string{"a", "b"}) {
		fmt.Println(i, s)
	}
	for k, v := range KV("host = example.org; port=8080 ;debug") {
		fmt.Printf("%q=%q\n", k, v)
	}
	for v, k := range Swap(KV("a=1;b=2")) {
		fmt.Print(v, "<-", k, " ")
	}
	fmt.Println()
	for k := range Keys(KV("x=1;y=2;z=3")) {
		if k == "z" {
			break
		}
		fmt.Print(k)
	}
	fmt.Println()
	fmt.Printf("%T\n", Swap(Enumerate([]float64{})))
}
