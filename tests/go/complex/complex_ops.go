package main

import "fmt"

type Vec complex128

func (v Vec) Rotate() Vec { return v * 1i }

func abs2(c complex128) float64 { return real(c)*real(c) + imag(c)*imag(c) }

func main() {
	v := Vec(complex(2, 1))
	for i := 0; i < 4; i++ {
		fmt.Println(v)
		v = v.Rotate()
	}
	fmt.Printf("%T\n", v)
	p := complex(1, 0)
	w := complex(0.6, 0.8)
	for i := 0; i < 5; i++ {
		p *= w
	}
	fmt.Printf("%.6f %.6f\n", p, abs2(p))
	arr := []complex64{1, 1i, -1, -1i}
	var sum complex64
	for _, a := range arr {
		sum += a
	}
	fmt.Println(sum, arr)
	m := map[complex128]string{1i: "i", 1: "one"}
	fmt.Println(m[1i], m[complex(1, 0)], len(m))
	x := 3 + 0i
	x /= 2
	fmt.Println(x)
}
