package main

import "fmt"

func Max[T ~int | ~float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Pair[T any](a, b T) [2]T { return [2]T{a, b} }

func Show[T any](x T) string { return fmt.Sprintf("%T(%v)", x, x) }

type MyFloat float64

func main() {
	fmt.Println(Max(1, 2.5))
	fmt.Printf("%T\n", Max(1, 2.5))
	fmt.Println(Max(3, 2))
	fmt.Printf("%T\n", Max(3, 2))
	fmt.Println(Max(2.0, 1))
	fmt.Printf("%T\n", Max(2.0, 1))
	var mf MyFloat = 0.5
	fmt.Println(Max(mf, 1), Show(Max(1, mf)))
	fmt.Println(Show(Pair('a', 1)))
	fmt.Println(Show(Pair(1, 'a')))
	fmt.Println(Show(Pair(1, 2.0)))
	fmt.Println(Show(Pair(1i, 2)))
	fmt.Println(Show(1<<10), Show('x'), Show(1.0), Show("s"), Show(true))
	const big = 1 << 40
	fmt.Println(Show(big))
	fmt.Println(Show(Max(1e3, 7)))
	var i8 int8 = 3
	fmt.Println(Show(Pair(i8, 100)))
}
