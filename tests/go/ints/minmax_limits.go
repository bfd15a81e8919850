package main

import "fmt"

func main() {
	fmt.Println(int8(-128), int8(127), uint8(255))
	fmt.Println(int16(-32768), int16(32767), uint16(65535))
	fmt.Println(int32(-2147483648), int32(2147483647), uint32(4294967295))
	fmt.Println(int64(-9223372036854775808), int64(9223372036854775807), uint64(18446744073709551615))
	const maxUint = ^uint(0)
	const maxInt = int(maxUint >> 1)
	fmt.Println(maxUint, maxInt, -maxInt-1)
	var x int64 = -9223372036854775808
	fmt.Println(-x, x-1, x*-1)
	fmt.Printf("%x %X %o %b\n", uint64(18446744073709551615), int64(-255), 64, 5)
	fmt.Printf("%d %d\n", x, uint64(x))
}
