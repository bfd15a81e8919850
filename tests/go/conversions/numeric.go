package main

import "fmt"

func main() {
	var i int = -42
	var f float64 = -42.9
	var u uint = 42
	fmt.Println(float64(i), float32(i), int8(i), uint8(i), uint16(i), uint32(i), uint64(i))
	fmt.Println(int(f), int8(f), int32(f), int64(f), uint8(-f), float32(f))
	fmt.Println(int(u), float64(u), int8(u*4), complex(float64(u), 0))
	var r rune = 'Ω'
	var b byte = 'b'
	fmt.Println(int(r), byte(r), rune(b), float64(b), r+rune(b))
	var big int64 = 1<<40 + 1<<20 + 7
	fmt.Println(int32(big), int16(big), uint8(big), float32(big))
	var f32 float32 = 0.1
	fmt.Println(float64(f32), float32(float64(f32)) == f32)
	fmt.Println(int64(float32(16777217.0)))
	var h float64 = 1e15 + 0.3
	fmt.Println(int64(h))
	var c complex128 = complex(1.5, 2.5)
	fmt.Println(complex64(c), real(complex64(c)))
	type Miles float64
	type Km float64
	m := Miles(10)
	k := Km(m * 1.609)
	fmt.Printf("%T %.3f\n", k, k)
	var i8 int8 = -1
	fmt.Println(uint64(i8), uint32(i8), int64(i8), uint8(i8))
}
