package main

import (
	"fmt"
	"math"
)

var specials = []float64{
	0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(),
	1, 2, 3, 10, 20, 170, 171, 171.61447887182298, 172, 180, -1, -2, -100, -1.5, -0.5, 0.5, 1.5, 2.5,
	-170.5, -171.5, -180.5, -184.5, 1e-300, -1e-300, 4.9406564584124654e-324, 1e-10, 0.001,
	-0.001, 3.5, 7.25, 8, 9, 33, 33.5, 100.25, 1e10, 1e300, -1e300, math.MaxFloat64,
	0.9, 1.1, 1.9, 2.1, 1e17, 4.5e15, -4.5e15, 2.2250738585072014e-308,
}

func show(name string, x, y float64) {
	fmt.Printf("%s(%v) = %v %#016x\n", name, x, y, math.Float64bits(y))
}

func main() {
	for _, x := range specials {
		show("Gamma", x, math.Gamma(x))
		lg, s := math.Lgamma(x)
		show("Lgamma", x, lg)
		fmt.Println("  sign", s)
	}
	for i := -30; i <= 60; i++ {
		x := float64(i)/4 + 0.125
		lg, s := math.Lgamma(x)
		fmt.Println(x, math.Gamma(x), lg, s)
	}
}
