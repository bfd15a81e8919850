package main

import "fmt"

func main() {
	var i8 int8 = -1
	var i16 int16 = -1
	var i32 int32 = -1
	var i64 int64 = -1
	fmt.Println(uint8(i8), uint16(i16), uint32(i32), uint64(i64))
	v8, v16, v32 := uint8(200), uint16(40000), uint32(3000000000)
	fmt.Println(int8(v8), int16(v16), int32(v32))
	var big int64 = 0x1_2345_6789
	fmt.Println(int32(big), int16(big), int8(big), uint8(big))
	var u uint32 = 0xFFFFFFFF
	fmt.Println(int64(u), int32(u), uint64(u)+1)
	var r rune = -1
	var by byte = 0xF0
	fmt.Println(uint32(r), int8(by), rune(by))
	fmt.Printf("%T %T\n", r, by)
	x := 1000
	fmt.Println(uint8(x), int8(x), uint16(x*x*x))
	var zero uint
	fmt.Println(zero-1 > 0, zero-1)
}
