package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1, 0.1, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123456789.125, math.Pi, math.E, 5e-324, math.MaxFloat64}
	for _, v := range vals {
		fmt.Printf("%v | %g | %.3g | %e | %.2f | %8.3f | %G\n", v, v, v, v, v, v, v)
	}
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), -0.0, math.Copysign(0, -1))
	fmt.Printf("%f %f %f %5.1f|%-8.2f|%+.2f|%08.3f\n", math.Inf(1), math.Inf(-1), math.NaN(), math.NaN(), 2.5, 2.5, -3.14159)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3, float32(1)/3)
	fmt.Printf("%v %g %.10f\n", f32, f32, f32)
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, float32(0.1)+float32(0.2) == float32(0.3))

	// Rounding to nearest even in formatting.
	for _, v := range []float64{0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005} {
		fmt.Printf("%.0f %.2f %.1f | ", v, v, v)
	}
	fmt.Println()

	// Integer-valued floats and large values.
	fmt.Println(float64(1<<53), float64(1<<53+1), 3.0, 3e100, float32(16777217))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Trunc(-2.5), math.RoundToEven(2.5))
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Abs(-3.2), math.Mod(7, 3), math.Max(3, 7), math.Min(3, 7))
	fmt.Println(math.Hypot(3, 4), math.Log(math.E), math.Log2(8), math.Log10(0.001), math.Exp(1))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Atan2(1, 1))

	// strconv shortest and fixed forms.
	for _, v := range []float64{1.5, 0.000001234, 1234567890123, 1e-7} {
		fmt.Println(strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'e', -1, 64), strconv.FormatFloat(v, 'f', 3, 64))
	}
	fmt.Println(strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 32), strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 64))

	// Division by zero with floats is not a panic.
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
	fmt.Println(math.IsInf(1/zero, 1), math.IsNaN(zero/zero), math.Signbit(-zero), math.Signbit(math.Copysign(0, -1)))
	// Conversions between floats and ints.
	p29, n29, f255 := 2.9, -2.9, 255.9
	fmt.Println(int(p29), int(n29), int64(float32(1e9)), uint8(int(f255)))
	c := complex(1.5, -2)
	fmt.Println(c, real(c), imag(c), c*c)
	fmt.Printf("%v %.1f %g\n", c, c, complex64(c))
	fmt.Printf("%6.2f|%-10.3e|%+g\n", 3.14159, 314.159, 1e-9)
	fmt.Printf("%x %X %.3x\n", 1.0, 255.5, math.Pi)
	fmt.Printf("%b\n", 1.0)
}
