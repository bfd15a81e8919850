package main

import "fmt"

func main() {
	var f32 float32 = 1.5
	c64 := complex(f32, 2)
	fmt.Printf("%T %v %v %v\n", c64, c64, real(c64), imag(c64))
	var f64 = 2.25
	c128 := complex(f64, -f64)
	fmt.Printf("%T %v\n", c128, c128)
	const k = complex(1, 2)
	fmt.Println(real(k), imag(k), k)
	var x complex128 = 3
	fmt.Println(x, real(x), imag(x))
	fmt.Printf("%T %T\n", real(c64), imag(c128))
	parts := []complex128{}
	for i := 0; i < 3; i++ {
		parts = append(parts, complex(float64(i), float64(-i)))
	}
	fmt.Println(parts)
}
