package main

import "fmt"

func makeAccumulators() []func(int) int {
	var fs []func(int) int
	total := 0 // shared by all
	for i := 0; i < 3; i++ {
		own := i * 100 // one per iteration
		fs = append(fs, func(d int) int {
			own += d
			total += d
			return own*1000 + total
		})
	}
	return fs
}

func main() {
	fs := makeAccumulators()
	fmt.Println(fs[0](1), fs[1](1), fs[0](1), fs[2](5))
	x := 1
	{
		x := 2
		defer func() { fmt.Println("deferred sees inner x", x) }()
		x = 3
	}
	fmt.Println("outer x", x)
	var g func() int
	if y := 10; y > 5 {
		g = func() int { y++; return y }
	}
	fmt.Println(g(), g())
}
