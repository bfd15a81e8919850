package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.NaN(), math.Inf(1), math.Inf(-1), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(-0.0, 0), math.Dim(5, 3))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Pow(10, -3), math.Pow(0, -1))
	fmt.Println(math.Mod(7.5, 2), math.Mod(-7.5, 2), math.Remainder(7.5, 2), math.Hypot(3, 4))
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.RoundToEven(2.5), math.Floor(-1.5), math.Ceil(-1.5), math.Trunc(-1.5))
	fr, ex := math.Frexp(48)
	ip, fp := math.Modf(-3.25)
	fmt.Println(fr, ex, math.Ldexp(0.75, 6), ip, fp)
	fmt.Println(math.Log10(1000), math.Log2(1024), math.Log2(10), math.Cbrt(27), math.Cbrt(-8), math.Pow10(5), math.Pow10(-400))
	fmt.Println(math.Float64bits(1.5), math.Float64frombits(0x4000000000000000), math.Float32bits(1.5), math.Float32frombits(0x40400000))
	fmt.Println(math.Signbit(-0.0), math.Copysign(3, -1), math.Abs(-2), math.MaxInt64, math.Pi)
	f := math.Max
	g := math.Abs
	fmt.Println(f(1, 2), g(-5))
}
