package main

import "fmt"

func main() {
	// Operations with one constant operand, at every integer width.
	var a8 int8 = 100
	var b8 int8 = -128
	fmt.Println(a8*3, a8*-2, b8/-1, b8%-1, b8/7, b8%7, a8&-4, a8<<2, a8>>3, b8>>7, a8<<9)
	var u8 uint8 = 250
	fmt.Println(u8*3, u8<<1, u8>>4, u8&0x0f, u8+10, u8-251, 3*u8, 7&u8)
	var i16 int16 = -30000
	fmt.Println(i16*2, i16/3, i16%7, i16>>15, i16<<1, 2*i16)
	var u32 uint32 = 4000000000
	fmt.Println(u32*2, u32>>31, u32<<1, u32&255, u32+500000000)
	n := -17
	fmt.Println(n/4, n%4, n/-4, n%-4, n*1000, n&7, n>>1, n<<60, n<<63, -3*n, 5+n, 5-n, n-5)
	var big int64 = 1 << 62
	fmt.Println(big*4, big*-2, big>>62, big<<1)
	var u uint64 = 1<<64 - 1
	fmt.Println(u*2, u+1, u-1, u>>63, u&0xff, u*0xffff)
	for i := -6; i <= 6; i += 3 {
		fmt.Print(i/2, " ", i%2, " ", i/-3, " ", i%-5, " ", i*32767, " ", i*-32768, "; ")
	}
	fmt.Println()

	// The same through op= assignments.
	m := 1000
	m /= 16
	m %= 7
	m *= -3
	m <<= 4
	m >>= 2
	m &= 0x7f
	m -= 2
	m += 300
	fmt.Println(m)
	var w8 int8 = 77
	w8 *= 3
	w8 <<= 2
	w8 /= -1
	fmt.Println(w8)
	var f = 1.5
	f *= 4
	f /= 0.25
	f -= 0.5
	fmt.Println(f)
}
