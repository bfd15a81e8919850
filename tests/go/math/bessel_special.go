package main

import (
	"fmt"
	"math"
)

var specials = []float64{
	0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(),
	1, -1, 2, -2, 2.5, 5, -5, 8, 10, 30, 1e-10, 1e-300, 4.9406564584124654e-324,
	1e10, 1e300, 2.0e9, 0.1, 3.8317, 1e100, math.MaxFloat64,
}

func show(name string, x, y float64) {
	fmt.Printf("%s(%v) = %v %#016x\n", name, x, y, math.Float64bits(y))
}

func main() {
	for _, x := range specials {
		show("J0", x, math.J0(x))
		show("J1", x, math.J1(x))
		show("Y0", x, math.Y0(x))
		show("Y1", x, math.Y1(x))
		for _, n := range []int{-3, -2, -1, 0, 1, 2, 3, 10, 50} {
			fmt.Printf("  n=%d Jn=%v Yn=%v\n", n, math.Jn(n, x), math.Yn(n, x))
		}
	}
	for i := 0; i <= 40; i++ {
		x := float64(i)*0.75 + 0.01
		fmt.Println(x, math.J0(x), math.J1(x), math.Y0(x), math.Y1(x), math.Jn(4, x), math.Yn(4, x), math.Jn(-5, -x))
	}
}
