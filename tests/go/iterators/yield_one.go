package main

import "fmt"

type IntSeq func(yield func(int) bool)

func countdown(from int) IntSeq {
	return func(yield func(int) bool) {
		for i := from; i >= 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func words(s ...string) func(func(string) bool) {
	return func(yield func(string) bool) {
		for _, w := range s {
			if !yield(w) {
				return
			}
		}
	}
}

func main() {
	for i := range countdown(3) {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for w := range words("a", "bb", "ccc") {
		fmt.Println(w, len(w))
	}
	n := 0
	for range countdown(5) {
		n++
	}
	fmt.Println("n", n)
	var last int
	for last = range countdown(2) {
	}
	fmt.Println("last", last)
	total := 0
	for v := range countdown(100) {
		total += v
	}
	fmt.Println("total", total)
	var x string
	for x = range words("p", "q") {
		x += "!"
	}
	fmt.Println(x)
}
