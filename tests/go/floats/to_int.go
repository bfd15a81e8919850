package main

import "fmt"

func main() {
	vals := []float64{2.7, -2.7, 0.5, -0.5, 1e9 + 0.99, -1e9 - 0.99, 255.9, 3.999999999}
	for _, v := range vals {
		fmt.Println(v, int(v), int64(v), int32(v))
	}
	for _, v := range []float64{0.9, 127.5, 255.99, 65535.5} {
		fmt.Println(uint8(v), uint16(v), uint32(v), uint64(v))
	}
	var f32 float32 = -7.9
	fmt.Println(int(f32), int8(f32), int16(f32))
	big := 9007199254740993
	fmt.Println(float64(big), int64(float64(big)))
	fmt.Println(float32(big), float32(16777217))
	u := uint64(18446744073709551615)
	fmt.Println(float64(u), float32(u))
	i := -5
	fmt.Println(float64(i)/2, float32(i)*1.5)
}
