package main

import (
	"fmt"
	"math"
)

func main() {
	specials := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 2, 0.5,
		709.782712893384, 709.7827128933841, 709.78, 710, -708.39, -708.4, -709, -744.4, -745.1, -745.2, -746, -1e10, 1e10, -1e300,
		5e-324, 1e-310, 2.2250738585072014e-308, 2.225073858507201e-308, math.MaxFloat64, 1e-300, 0.7071067811865476, 0.7071067811865475,
		1.4142135623730951, math.E, 10, 100, 1e100, -0.5, 1e-17, -1e-17, 0.34657359027997264, 0.6931471805599453}
	for _, x := range specials {
		e, l := math.Exp(x), math.Log(x)
		fmt.Printf("x=%v exp=%v %#016x log=%v %#016x\n", x, e, math.Float64bits(e), l, math.Float64bits(l))
	}
	// a sweep: the bits of Exp and Log (and of functions built on them)
	// over many inputs, folded into checksums per block, plus samples
	var xe, xl, xp, xs uint64
	for i := 0; i < 400; i++ {
		x := float64(i*50-10000) * 0.0713
		y := float64(i*50)*0.37 + 1e-3
		xe = xe*31 + math.Float64bits(math.Exp(x))
		xl = xl*31 + math.Float64bits(math.Log(y))
		xp = xp*31 + math.Float64bits(math.Pow(y, 0.37))
		xs = xs*31 + math.Float64bits(math.Sinh(x/10)) + math.Float64bits(math.Tanh(x/50)) + math.Float64bits(math.Log1p(y))
		if i%20 == 0 {
			fmt.Println(i, x, math.Exp(x), y, math.Log(y), math.Pow(y, 0.37), math.Log2(y), math.Log10(y))
		}
	}
	fmt.Printf("%x %x %x %x\n", xe, xl, xp, xs)
	// random-ish bit patterns across the whole range
	var h1, h2 uint64
	b := uint64(0x9e3779b97f4a7c15)
	for i := 0; i < 400; i++ {
		b ^= b << 13
		b ^= b >> 7
		b ^= b << 17
		x := math.Float64frombits(b)
		h1 = h1*31 + math.Float64bits(math.Log(x))
		h2 = h2*31 + math.Float64bits(math.Exp(math.Mod(x, 800)))
	}
	fmt.Printf("%x %x\n", h1, h2)
	f, g := math.Exp, math.Log
	fmt.Println(f(3.3) == math.Exp(3.3), g(3.3) == math.Log(3.3))
}
