// Shifts by constant counts (one instruction each) against shifts by
// the same counts in variables, for every integer width, signed and
// unsigned, including counts at and past the width.
package main

import "fmt"

func main() {
	vals := []int64{0, 1, -1, 5, -5, 0x7f, -0x80, 0x1234, -0x8000, 0x7fffffff, -0x80000000, 0x123456789abcdef, -0x7fffffffffffffff - 1}
	for _, v := range vals {
		i8, i16, i32, i64 := int8(v), int16(v), int32(v), v
		u8, u16, u32, u64 := uint8(v), uint16(v), uint32(v), uint64(v)
		fmt.Println(i8<<1, i8<<7, i8>>1, i8>>7, i8<<8, i8>>8, i8>>63)
		fmt.Println(i16<<3, i16<<15, i16>>4, i16>>15, i16<<16, i16>>20)
		fmt.Println(i32<<13, i32<<31, i32>>17, i32>>31, i32<<32, i32>>40)
		fmt.Println(i64<<13, i64<<63, i64>>7, i64>>63, i64<<64, i64>>64, i64>>100)
		fmt.Println(u8<<1, u8<<7, u8>>1, u8>>7, u8<<8, u8>>8)
		fmt.Println(u16<<3, u16<<15, u16>>4, u16>>15, u16<<16)
		fmt.Println(u32<<13, u32<<31, u32>>17, u32>>31, u32<<32, u32>>32)
		fmt.Println(u64<<13, u64<<63, u64>>7, u64>>63, u64<<64, u64>>64, u64>>70)
		n7, n13 := 7, uint(13)
		fmt.Println(i8<<n7 == i8<<7, i64>>n13 == i64>>13, u32<<n13 == u32<<13, u16>>n7 == u16>>7)
	}
	// xorshift, as the benchmarks write it.
	x := uint64(88172645463325252)
	y := uint32(2463534242)
	for i := 0; i < 5; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		y ^= y << 13
		y ^= y >> 17
		y ^= y << 5
		fmt.Println(x, y, x<<3>>5, int64(x)>>9, y<<27>>3)
	}
	const k = 5
	z := 1
	fmt.Println(z<<k, z<<(k*12), -z>>k, z<<63>>63, z<<62>>61)
}
