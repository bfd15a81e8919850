package main

import (
	"fmt"
	"math"
)

var xs = []float64{
	0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(),
	1, -1, 0.5, -0.5, 2, -3, math.Pi, math.Pi / 2, 1e-310, -1e-310, 5e-324,
	math.SmallestNonzeroFloat64, 2.2250738585072014e-308, math.MaxFloat64, -math.MaxFloat64, 1e15, 1 << 53, 0.9999999999999999,
}

type f1 struct {
	name string
	f    func(float64) float64
}

func main() {
	fns := []f1{
		{"Abs", math.Abs}, {"Acos", math.Acos}, {"Acosh", math.Acosh}, {"Asin", math.Asin}, {"Asinh", math.Asinh},
		{"Atan", math.Atan}, {"Atanh", math.Atanh}, {"Cbrt", math.Cbrt}, {"Ceil", math.Ceil}, {"Cos", math.Cos},
		{"Cosh", math.Cosh}, {"Erf", math.Erf}, {"Erfc", math.Erfc}, {"Erfcinv", math.Erfcinv}, {"Erfinv", math.Erfinv},
		{"Exp", math.Exp}, {"Exp2", math.Exp2}, {"Expm1", math.Expm1}, {"Floor", math.Floor}, {"Gamma", math.Gamma},
		{"J0", math.J0}, {"J1", math.J1}, {"Log", math.Log}, {"Log10", math.Log10}, {"Log1p", math.Log1p},
		{"Log2", math.Log2}, {"Logb", math.Logb}, {"Round", math.Round}, {"RoundToEven", math.RoundToEven}, {"Sin", math.Sin},
		{"Sinh", math.Sinh}, {"Sqrt", math.Sqrt}, {"Tan", math.Tan}, {"Tanh", math.Tanh}, {"Trunc", math.Trunc},
		{"Y0", math.Y0}, {"Y1", math.Y1},
	}
	for _, f := range fns {
		fmt.Print(f.name, ":")
		for _, x := range xs {
			y := f.f(x)
			fmt.Printf(" %v", y)
			if math.Signbit(y) && y == 0 {
				fmt.Print("(-0)")
			}
		}
		fmt.Println()
	}
	// direct calls of the instruction functions at the same values
	for _, x := range xs {
		fmt.Println(x, math.Sqrt(x), math.Abs(x), math.Floor(x), math.Ceil(x), math.Trunc(x), math.Exp(x), math.Log(x))
	}
	for _, x := range xs {
		fmt.Print("Ilogb ", x, " ", math.Ilogb(x))
		lg, s := math.Lgamma(x)
		fmt.Print(" Lgamma ", lg, " ", s)
		fr, e := math.Frexp(x)
		fmt.Print(" Frexp ", fr, " ", e)
		ip, fp := math.Modf(x)
		fmt.Print(" Modf ", ip, " ", fp)
		sn, cs := math.Sincos(x)
		fmt.Println(" Sincos", sn, cs, math.Signbit(x), math.IsNaN(x), math.IsInf(x, 0))
	}
	two := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 2.5, -2.5, 1e-310, 3}
	for _, x := range two {
		for _, y := range two {
			fmt.Println(x, y, math.Pow(x, y), math.Atan2(x, y), math.Hypot(x, y), math.Mod(x, y), math.Remainder(x, y),
				math.Dim(x, y), math.Max(x, y), math.Min(x, y), math.Copysign(x, y), math.Nextafter(x, y), math.FMA(x, y, 1))
		}
	}
	for _, n := range []int{-1, 0, 1, 2, 5} {
		for _, x := range two {
			fmt.Println(n, x, math.Jn(n, x), math.Yn(n, x), math.Ldexp(x, n*600), math.Pow10(n*100))
		}
	}
}
