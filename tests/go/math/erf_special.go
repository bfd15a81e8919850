package main

import (
	"fmt"
	"math"
)

var specials = []float64{
	0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(),
	1, -1, 0.5, -0.5, 2, -2, 5.9, -5.9, 6, 27, -27, 28, 1e-300, -1e-300,
	4.9406564584124654e-324, -4.9406564584124654e-324, 2.2250738585072014e-308,
	1e-10, 0.84375, -0.84375, 1.25, 2.857, 1e10, math.MaxFloat64, 0.999999, -0.999999,
	1.5, 1.999999, 0.000001,
}

func show(name string, x, y float64) {
	fmt.Printf("%s(%v) = %v %b %#016x\n", name, x, y, y, math.Float64bits(y))
}

func main() {
	for _, x := range specials {
		show("Erf", x, math.Erf(x))
		show("Erfc", x, math.Erfc(x))
		show("Erfinv", x, math.Erfinv(x))
		show("Erfcinv", x, math.Erfcinv(x))
	}
	for i := -40; i <= 40; i++ {
		x := float64(i) / 8
		fmt.Println(x, math.Erf(x), math.Erfc(x), math.Erfinv(x/5), math.Erfcinv(x/20+1))
	}
	// round trips
	for _, x := range []float64{-0.9, -0.3, 0.1, 0.7, 0.99} {
		fmt.Println(x, math.Erf(math.Erfinv(x)), math.Erfc(math.Erfcinv(x+1)))
	}
}
