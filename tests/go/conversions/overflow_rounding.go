package main

import "fmt"

func main() {
	vals := []float64{0.5, 1.5, 2.5, -0.5, -1.5, 1e-300, 123.456}
	for _, v := range vals {
		fmt.Println(v, int(v), float32(v))
	}
	var x int64 = 1<<53 + 1
	fmt.Println(float64(x) == float64(x-1), int64(float64(x)))
	var y uint64 = 1<<64 - 1
	fmt.Println(float32(y), float64(y))
	var i int32 = 16777217
	fmt.Println(float32(i), int32(float32(i)))
	var small float64 = 1.401298464324817e-45
	fmt.Println(float32(small), float32(small/2), float32(small*0.75))
	var large float64 = 3.5e38
	fmt.Println(float32(large), float32(-large))
	for _, d := range []float64{0.1, 0.2, 0.3, 1.0 / 3} {
		fmt.Printf("%.20f %v\n", d, float32(d))
	}
}
