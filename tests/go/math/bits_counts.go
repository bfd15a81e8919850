package main

import (
	"fmt"
	"math/bits"
)

func main() {
	v8 := []uint8{0, 1, 2, 3, 0x7f, 0x80, 0xf0, 0x0f, 0xaa, 0xff}
	for _, x := range v8 {
		fmt.Println("8:", x, bits.LeadingZeros8(x), bits.TrailingZeros8(x), bits.OnesCount8(x), bits.Len8(x), bits.Reverse8(x), bits.RotateLeft8(x, 3), bits.RotateLeft8(x, -3))
	}
	v16 := []uint16{0, 1, 0x8000, 0x7fff, 0xffff, 0x1234, 0xff00}
	for _, x := range v16 {
		fmt.Println("16:", x, bits.LeadingZeros16(x), bits.TrailingZeros16(x), bits.OnesCount16(x), bits.Len16(x), bits.Reverse16(x), bits.ReverseBytes16(x), bits.RotateLeft16(x, 5), bits.RotateLeft16(x, -17))
	}
	v32 := []uint32{0, 1, 0x80000000, 0x7fffffff, 0xffffffff, 0x12345678, 0xdeadbeef, 1 << 16}
	for _, x := range v32 {
		fmt.Println("32:", x, bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.OnesCount32(x), bits.Len32(x), bits.Reverse32(x), bits.ReverseBytes32(x), bits.RotateLeft32(x, 7), bits.RotateLeft32(x, -40))
	}
	v64 := []uint64{0, 1, 1 << 63, 1<<63 - 1, ^uint64(0), 0x0123456789abcdef, 0xdeadbeefcafebabe, 1 << 32, 3 << 40}
	for _, x := range v64 {
		fmt.Println("64:", x, bits.LeadingZeros64(x), bits.TrailingZeros64(x), bits.OnesCount64(x), bits.Len64(x), bits.Reverse64(x), bits.ReverseBytes64(x), bits.RotateLeft64(x, 13), bits.RotateLeft64(x, -1))
		fmt.Printf("%064b %064b\n", x, bits.Reverse64(x))
	}
	vu := []uint{0, 1, 1 << 63, ^uint(0), 12345}
	for _, x := range vu {
		fmt.Println("uint:", x, bits.LeadingZeros(x), bits.TrailingZeros(x), bits.OnesCount(x), bits.Len(x), bits.Reverse(x), bits.ReverseBytes(x), bits.RotateLeft(x, 1), bits.RotateLeft(x, -65))
	}
	fmt.Println(bits.UintSize)
}
