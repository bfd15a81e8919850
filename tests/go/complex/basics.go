package main

import "fmt"

func main() {
	c := complex(3, 4)
	fmt.Println(c, real(c), imag(c))
	fmt.Printf("%T %T\n", c, real(c))
	d := 1 - 2i
	fmt.Println(c+d, c-d, c*d, c/d)
	fmt.Println(c == complex(3, 4), c != d)
	var c64 complex64 = complex(1.5, -0.5)
	fmt.Println(c64, real(c64), imag(c64))
	fmt.Printf("%T %T\n", c64, imag(c64))
	fmt.Println(c64*c64, complex128(c64)*2)
	var f32 float32 = 2
	z := complex(f32, f32)
	fmt.Printf("%T %v\n", z, z)
	fmt.Printf("%v %.2f %+.1e %8.3f|\n", c, c, c, d)
	fmt.Println(-c, c*1i, 1i*1i)
	conj := complex(real(c), -imag(c))
	fmt.Println(c*conj, real(c*conj))
}
