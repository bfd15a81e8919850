package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	a, b := 0b1100_1010, 0b1010_0110
	fmt.Printf("%08b %08b\n", a, b)
	fmt.Printf("and %08b\n", a&b)
	fmt.Printf("or  %08b\n", a|b)
	fmt.Printf("xor %08b\n", a^b)
	fmt.Printf("andnot %08b\n", a&^b)
	fmt.Printf("not %b\n", ^a)
	var u uint8 = 0b1100_1010
	fmt.Printf("not8 %08b\n", ^u)
	fmt.Println(popcount(0xFFFF), popcount(1<<63|1), popcount(0))
	var x uint32 = 0xDEADBEEF
	fmt.Printf("%x %x %x\n", x>>16, x&0xffff, x<<8)
	rot := x<<8 | x>>24
	fmt.Printf("%X\n", rot)
	n := -1
	fmt.Println(n&0xff, n^0, n&^n)
	var i16 int16 = -2
	fmt.Println(i16&0x7fff, i16|1, i16^-1)
}
