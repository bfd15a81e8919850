package main

import (
	"fmt"
	"iter"
)

func Indexed(xs []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				fmt.Println("  indexed stopped at", i)
				return
			}
		}
		fmt.Println("  indexed exhausted")
	}
}

func main() {
	next, stop := iter.Pull2(Indexed([]string{"a", "b", "c"}))
	i, s, ok := next()
	fmt.Println(i, s, ok)
	i, s, ok = next()
	fmt.Println(i, s, ok)
	stop()
	i, s, ok = next()
	fmt.Printf("%d %q %v\n", i, s, ok)
	next2, stop2 := iter.Pull2(Indexed([]string{"x"}))
	defer stop2()
	for {
		i, s, ok := next2()
		if !ok {
			break
		}
		fmt.Println("pulled", i, s)
	}
	_, _, ok = next2()
	fmt.Println(ok)
}
