package main

import (
	"fmt"
	"math"
)

var specials = []float64{
	0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(),
	1, -1, 0.5, 3, -3, 1e308, -1e308, math.MaxFloat64, math.SmallestNonzeroFloat64,
	2.2250738585072014e-308, 2.225073858507201e-308, 1e-310, 123456.789, 1.0000000000000002, 0.1,
}

func main() {
	for _, x := range specials {
		fmt.Printf("Ilogb(%v)=%d Logb=%v Exp2=%v %#016x\n", x, math.Ilogb(x), math.Logb(x), math.Exp2(x), math.Float64bits(math.Exp2(x)))
		for _, y := range []float64{0, math.Copysign(0, -1), 1, -1, math.Inf(1), math.NaN(), 1e-320} {
			n := math.Nextafter(x, y)
			fmt.Printf("  Nextafter(%v,%v)=%v %#016x\n", x, y, n, math.Float64bits(n))
		}
	}
	for _, x := range []float64{-1075, -1074.5, -1074, -1023, -1022.5, 1023.9, 1024, -0.5, 0.5, 10.25, 52, 100.001, -3.3} {
		e := math.Exp2(x)
		fmt.Printf("Exp2(%v)=%v %#016x\n", x, e, math.Float64bits(e))
	}
	f32 := []float32{0, float32(math.Copysign(0, -1)), 1, -1, math.MaxFloat32, math.SmallestNonzeroFloat32, float32(math.Inf(1)), float32(math.NaN()), 1.5e-38}
	for _, x := range f32 {
		for _, y := range f32 {
			n := math.Nextafter32(x, y)
			fmt.Printf("Nextafter32(%v,%v)=%v %#08x\n", x, y, n, math.Float32bits(n))
		}
	}
	fmaVals := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 3, 1e308, -1e308, 1e-308, 5e-324, math.Inf(1), math.Inf(-1), math.NaN(), 1.0000000000000002, 0.9999999999999999, 1 << 60, 7e-310}
	for _, x := range fmaVals {
		for _, y := range fmaVals {
			for _, z := range []float64{0, math.Copysign(0, -1), 1, -1, -0.01, 1e300, math.Inf(-1), 5e-324, -1.0000000000000002} {
				r := math.FMA(x, y, z)
				fmt.Printf("FMA(%v,%v,%v)=%v %#016x\n", x, y, z, r, math.Float64bits(r))
			}
		}
	}
	// where FMA differs from x*y+z
	a, b := 0.1, 10.0
	fmt.Println(a*b-1, math.FMA(a, b, -1))
	c := 1.0 + 1.0/(1<<30)
	fmt.Println(c*c-1-2.0/(1<<30), math.FMA(c, c, -1-2.0/(1<<30)))
}
