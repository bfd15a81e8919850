package main

import (
	"fmt"
	"math"
)

const L = len([3]int{})

type Temp float32

func main() {
	x := 1 << 62
	fmt.Println(x>>61, L)
	var s uint = 3
	z := 1 << s
	var f32 float32 = 10 / 3
	var f64 = 10 / 3.0
	fmt.Printf("%T %v %v %v\n", z, z, f32, f64)
	var a [len("abcd")]int
	fmt.Println(len(a), cap(a[1:3]))
	var t Temp = 98.6
	fmt.Println(t, t*2, float64(t) > 98.5, Temp(math.Sqrt(2)))
	var u8 uint8 = 250
	fmt.Println(u8+10, u8*2, u8/3, -u8, ^u8, u8<<1>>1)
	var i16 int16 = -300
	fmt.Println(i16>>2, i16/7, i16%7, uint16(i16), int8(i16))
	const big = 1 << 70
	fmt.Println(big/(1<<60), float32(big), big > math.MaxInt64)
	var r rune = 'A' + 2
	var b byte = 'a' - 32
	fmt.Println(r, b, string(r), string(rune(b)), r == 'C')
	c := complex(3, 4)
	fmt.Println(real(c)*imag(c), c == complex(3, 4), -c, c/2)
	var e interface{} = 5
	switch e.(type) {
	case int8, int16:
		fmt.Println("small")
	case int:
		fmt.Println("int")
	}
	h := math.MaxUint32
	fmt.Println(h, uint32(h)+1, int32(h)/-1)
	fmt.Println(7.0/2, 7/2, 7%-3, -7%3, 1e2, 100/8.0)
	m := map[float64]string{math.NaN(): "a", math.NaN(): "b", 1: "c"}
	fmt.Println(len(m), m[1])
	var arr [4]int
	idx := 3
	arr[idx]++
	arr[idx-1] += arr[idx] * 10
	fmt.Println(arr, arr[len(arr)-1])
}
