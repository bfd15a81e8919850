package main

import "fmt"

func main() {
	var one int = 1
	for _, s := range []uint{0, 1, 31, 32, 62, 63, 64, 65, 200} {
		fmt.Println(s, one<<s, -one<<s>>s)
	}
	var neg int32 = -8
	var sh uint = 40
	fmt.Println(neg>>1, neg>>3, neg>>sh, neg<<sh)
	var u8 uint8 = 0x81
	seven, eight := 7, 8
	fmt.Println(u8<<1, u8>>1, u8<<seven, u8<<eight)
	var i8 int8 = -128
	fmt.Println(i8>>7, i8>>1, i8<<1)
	var u64 uint64 = 1 << 63
	sixtyFour := uint(64)
	fmt.Println(u64>>63, u64>>sixtyFour, u64<<1)
	n := 3
	fmt.Println(1<<n, 256>>n)
	var s8 int8 = 2 // signed shift counts are allowed
	fmt.Println(100>>s8, int16(1)<<s8)
}
