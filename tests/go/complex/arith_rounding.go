package main

import "fmt"

func main() {
	a := complex(1.5, -2)
	b := 3 + 4i
	fmt.Println(a+b, a-b, a*b, a/b, -a, a == b, a != b)
	var z complex128
	fmt.Println(z, 1/z, real(b), imag(b))
	var c64 complex64 = complex(float32(0.1), float32(0.2))
	d64 := c64 * c64
	fmt.Println(c64, d64, c64/3, complex128(c64))
	fmt.Printf("%v %.2f %T %T\n", b, a, c64, b)
	big := complex(1e308, 1e308)
	inf := big * 10
	fmt.Println(inf, b/0)
	m := map[complex128]int{1i: 1, 2: 2}
	m[1i]++
	fmt.Println(m[1i], m[2], len(m))
	var any interface{} = c64
	if v, ok := any.(complex64); ok {
		fmt.Println("complex64", real(v) > 0)
	}
	sum := complex(0, 0)
	for k := 1; k <= 4; k++ {
		sum += complex(float64(k), float64(-k)) * 1i
	}
	fmt.Println(sum)
}
