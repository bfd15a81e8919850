package main

import (
	"fmt"
	"math"
)

type fn struct {
	name string
	f    func(float64) float64
}

func main() {
	fns := []fn{
		{"Sqrt", math.Sqrt}, {"Exp", math.Exp}, {"Log", math.Log}, {"Exp2", math.Exp2},
		{"Abs", math.Abs}, {"Floor", math.Floor}, {"Ceil", math.Ceil}, {"Trunc", math.Trunc},
		{"Erf", math.Erf}, {"Erfc", math.Erfc}, {"Gamma", math.Gamma}, {"J0", math.J0},
		{"Y1", math.Y1}, {"Logb", math.Logb}, {"Cbrt", math.Cbrt}, {"Sin", math.Sin},
	}
	xs := []float64{0, math.Copysign(0, -1), 0.5, 1, 2, 2.5, -2.5, 10, 100, math.Inf(1), math.Inf(-1), math.NaN(), 1e-310}
	for _, f := range fns {
		for _, x := range xs {
			fmt.Printf("%s(%v) = %v\n", f.name, x, f.f(x))
		}
	}
	// direct calls and function values agree
	sq, ex, lg := math.Sqrt, math.Exp, math.Log
	same := true
	for i := 0; i < 1000; i++ {
		x := float64(i)*0.37 - 20
		if math.Float64bits(sq(x)) != math.Float64bits(math.Sqrt(x)) && !math.IsNaN(x) && x >= 0 {
			same = false
		}
		if ex(x) != math.Exp(x) || (x > 0 && lg(x) != math.Log(x)) {
			same = false
		}
	}
	fmt.Println("same:", same)
	var g func(float64) float64 = math.Sqrt
	fmt.Println(g(16), apply(math.Log, 1), apply(math.Exp, 0))
	fmt.Println(math.Sqrt(2), math.Exp(1), math.Log(2), math.Exp2(0.5))
}

func apply(f func(float64) float64, x float64) float64 { return f(x) }
