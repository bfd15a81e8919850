package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8 127+1 =", i8)
	i8 = -128
	i8--
	fmt.Println("int8 -128-1 =", i8)
	var u8 uint8 = 255
	u8++
	fmt.Println("uint8 255+1 =", u8)
	u8 = 0
	u8--
	fmt.Println("uint8 0-1 =", u8)
	var u16 uint16 = 65535
	u16 += 10
	fmt.Println("uint16 65535+10 =", u16)
	var i32 int32 = math.MaxInt32
	i32 += 1
	fmt.Println("int32 max+1 =", i32)
	var i64 int64 = math.MaxInt64
	i64++
	fmt.Println("int64 max+1 =", i64, i64 == math.MinInt64)
	var u64 uint64 = 0
	u64--
	fmt.Println("uint64 0-1 =", u64)

	// Multiplication wraps.
	var m8 int8 = 64
	m8 *= 2
	fmt.Println("int8 64*2 =", m8)
	var m32 uint32 = 1 << 31
	m32 *= 2
	fmt.Println("uint32 2^31*2 =", m32)
	x := int64(math.MaxInt64)
	fmt.Println(x*2, x*x)

	// Negation and division edge cases.
	minI8 := int8(-128)
	fmt.Println(-minI8, minI8/-1, minI8%-1)
	minI64 := int64(math.MinInt64)
	fmt.Println(-minI64, minI64/-1)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2)

	// Shifts.
	var s uint8 = 1
	var k8, k9, k10 uint = 8, 9, 10
	fmt.Println(s<<7, s<<k8, s<<k9)
	var neg int8 = -8
	fmt.Println(neg>>1, neg>>k10, neg<<4)
	var sh uint = 70
	fmt.Println(1<<sh == 0, uint64(1)<<63, int64(1)<<62)
	var big uint32 = 0xFFFFFFFF
	fmt.Println(big>>31, big<<1, ^big, ^0)

	// Conversions truncate.
	v := 300
	v7 := 70000
	fmt.Println(uint8(v), int8(v), int16(v7), uint16(v7))
	w := -1
	fmt.Println(uint8(w), uint32(w), uint64(w))
	fl := 1e10
	fmt.Println(int32(int64(fl)), int64(fl))

	// Accumulated overflow in a hash function.
	var h uint32 = 2166136261
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv32:", h)
	var h64 uint64 = 14695981039346656037
	for _, c := range []byte("hello") {
		h64 ^= uint64(c)
		h64 *= 1099511628211
	}
	fmt.Println("fnv64:", h64)
	a200, mn := uint8(200), int32(-2147483648)
	fmt.Printf("%d %x %d\n", a200+uint8(100), int16(-1), mn-1)
	// Bitwise ops.
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
}
