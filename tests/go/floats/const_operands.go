package main

import "fmt"

var zero = 0.0

func main() {
	// Float operations with a constant operand on either side.
	xs := []float64{0, 1.5, -2.25, 1e300, 1/zero, zero/zero, -0.0}
	for _, x := range xs {
		fmt.Println(x+0.1, 0.1+x, x-2.5, 2.5-x, x*3.75, 3.75*x, x/0.5, 0.5/x, 1/x, x*1e10)
	}
	var f float32 = 0.1
	for i := 0; i < 3; i++ {
		f = f*3.3 + 0.7
		fmt.Println(f, 1.1-f, 10/f, f/3)
	}
	const third = 1.0 / 3
	z := 2.0
	fmt.Println(z*third, third*z, z-third, third-z, z/third, third/z)
	var g float32 = 16777216
	fmt.Println(g+1, 1+g, g-1, g*1.0000001)
}
