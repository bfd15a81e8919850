package main

import "fmt"

var (
	a = c + b // depends on b and c: initialized last
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

var total = sum()

func f(name string, v int) int {
	fmt.Println("init var", name)
	return v * 10
}

func sum() int {
	fmt.Println("init total, a =", a)
	return a + d
}

func init() {
	fmt.Println("init 1: a b c d =", a, b, c, d)
	d = 100
}

func init() {
	fmt.Println("init 2: d =", d, "total =", total)
}

func main() {
	fmt.Println("main", a, b, c, d, total)
}
