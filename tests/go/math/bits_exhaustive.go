package main

import (
	"fmt"
	"math/bits"
)

func main() {
	// every uint8 and uint16 against simple loops
	bad := 0
	for i := 0; i < 1<<16; i++ {
		x := uint16(i)
		ones, lz, tz, rev := 0, 16, 16, uint16(0)
		for b := 0; b < 16; b++ {
			if x&(1<<b) != 0 {
				ones++
				if tz == 16 {
					tz = b
				}
				lz = 15 - b
				rev |= 1 << (15 - b)
			}
		}
		if bits.OnesCount16(x) != ones || bits.LeadingZeros16(x) != lz || bits.TrailingZeros16(x) != tz ||
			bits.Reverse16(x) != rev || bits.Len16(x) != 16-lz {
			bad++
		}
		if i < 256 {
			y := uint8(i)
			if bits.OnesCount8(y)+bits.OnesCount8(^y) != 8 || bits.Reverse8(bits.Reverse8(y)) != y ||
				bits.Len8(y) != 8-bits.LeadingZeros8(y) {
				bad++
			}
		}
	}
	fmt.Println("bad:", bad)
	// single bits and their neighbours at every position
	for i := 0; i < 64; i++ {
		x := uint64(1) << i
		fmt.Println(i, bits.Len64(x), bits.Len64(x-1), bits.TrailingZeros64(x), bits.LeadingZeros64(x),
			bits.OnesCount64(x-1), bits.Len32(uint32(x)), bits.TrailingZeros32(uint32(x)), bits.TrailingZeros(uint(x)),
			bits.Reverse64(x) == 1<<(63-i), bits.ReverseBytes64(x))
	}
	// rotations by every amount, positive and negative
	v := uint64(0x8000000000000001)
	w := uint32(0x80000003)
	h := uint16(0x8005)
	b := uint8(0x81)
	for k := -70; k <= 70; k += 7 {
		fmt.Println(k, bits.RotateLeft64(v, k), bits.RotateLeft32(w, k), bits.RotateLeft16(h, k), bits.RotateLeft8(b, k), bits.RotateLeft(uint(v), k))
	}
	// Mul64 / Div64 round trips
	x := uint64(0xfedcba9876543210)
	for i := 0; i < 20; i++ {
		y := x*uint64(i+3) | 1
		hi, lo := bits.Mul64(x, y)
		q, r := bits.Div64(hi, lo, y)
		fmt.Println(hi, lo, q == x, r)
		s, c := bits.Add64(lo, y, 0)
		d, bo := bits.Sub64(s, y, 0)
		fmt.Println(s, c, d == lo, bo)
		x = x*6364136223846793005 + 1442695040888963407
	}
}
