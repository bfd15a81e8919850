package main

import "fmt"

func sqrt(x float64) float64 {
	z := x / 2
	for i := 0; i < 30; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func main() {
	a, b := 7.5, 2.0
	fmt.Println(a+b, a-b, a*b, a/b, -a)
	fmt.Println(a > b, a == 7.5, a <= b)
	fmt.Println(sqrt(2), sqrt(9), sqrt(1e10))
	sum := 0.0
	for i := 1; i <= 1000; i++ {
		sum += 1.0 / float64(i*i)
	}
	fmt.Println(sum)
	fmt.Printf("%.15f\n", sum*6)
	h := 0.0
	for i := 1; i <= 10; i++ {
		h += 1 / float64(i)
	}
	fmt.Println(h)
	x := 1e16
	fmt.Println(x+1 == x, x+2)
	fmt.Println(0.1*3, 0.3/0.1, 1-0.9)
	var n int = 7
	fmt.Println(float64(n)/2, float64(n/2))
	m := 2.5
	m *= m
	m -= 0.25
	fmt.Println(m)
}
