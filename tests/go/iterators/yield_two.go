package main

import "fmt"

func enumerate(xs []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

type Pairs func(yield func(string, float64) bool)

func prices() Pairs {
	return func(yield func(string, float64) bool) {
		_ = yield("apple", 1.25) && yield("bread", 2.5) && yield("milk", 0.99)
	}
}

func main() {
	for i, s := range enumerate([]string{"x", "y", "z"}) {
		fmt.Println(i, s)
	}
	for i := range enumerate([]string{"only", "keys"}) {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for _, s := range enumerate([]string{"just", "values"}) {
		fmt.Print(s, " ")
	}
	fmt.Println()
	sum := 0.0
	for name, p := range prices() {
		fmt.Printf("%-6s %5.2f\n", name, p)
		sum += p
	}
	fmt.Printf("sum %.2f\n", sum)
	for name, p := range prices() {
		if p > 2 {
			fmt.Println("first over 2:", name)
			break
		}
	}
	var k string
	var v float64
	for k, v = range prices() {
	}
	fmt.Println(k, v)
}
