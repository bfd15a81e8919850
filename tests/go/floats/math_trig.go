package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0, 0.5, 1, -2.5, 3.14159, 10, 100, 1e6, 1e20, -1e300, math.Pi / 2, math.NaN(), math.Inf(1)}
	for _, x := range xs {
		s, c := math.Sincos(x)
		fmt.Println(x, math.Sin(x), math.Cos(x), math.Tan(x), s == math.Sin(x), c == math.Cos(x))
	}
	for _, x := range []float64{-1, -0.5, 0, 0.3, 0.99, 1, 2} {
		fmt.Println(math.Asin(x), math.Acos(x), math.Atan(x), math.Atan2(x, 0.7), math.Atanh(x*0.9))
	}
	for _, x := range []float64{0, 0.1, 1, 5, -3, 20} {
		fmt.Println(math.Sinh(x), math.Cosh(x), math.Tanh(x), math.Asinh(x), math.Acosh(x+1), math.Log1p(x), math.Expm1(x/10))
	}
}
