package main

import "fmt"

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a, b, a+b, a+b == 0.3)
	fmt.Println(float64(a), float64(a+b))
	var c float64 = 0.1
	fmt.Println(c+0.2, c+0.2 == 0.3)
	var f float32 = 16777216
	fmt.Println(f, f+1, f+2, f+1 == f)
	var acc float32
	for i := 0; i < 10; i++ {
		acc += 0.1
	}
	fmt.Println(acc)
	var acc64 float64
	for i := 0; i < 10; i++ {
		acc64 += 0.1
	}
	fmt.Println(acc64)
	var third float32 = 1.0 / 3
	fmt.Println(third, third*3, float64(third))
	d := 1.0000001
	fmt.Println(float32(d), float32(d) == 1)
	var big float32 = 3.4e38
	fmt.Println(big*10, big, -big*10)
	x := 123456789.0
	fmt.Println(float32(x), int64(float32(x)))
	fmt.Printf("%v %.10f %g %e\n", float32(2.5), float32(0.1), float32(1e-8), float32(123.456))
	var small float32 = 1e-45
	fmt.Println(small, small/2)
}
