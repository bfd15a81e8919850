package main

import "fmt"

const (
	MaxUint64  = 1<<64 - 1
	MinInt64   = -1 << 63
	MaxInt64   = 1<<63 - 1
	Mask       = MaxUint64 ^ 0xff
	Neg        = -5 % 3
	Quo        = -7 / 2
	Shifted    = -16 >> 2
	Complement = ^0
	NotSeven   = ^7
	Str        = "con" + "cat"
	StrLen     = len(Str)
	ArrLen     = len([4]int{})
	Bool       = 3 > 2 && Str == "concat"
)

func main() {
	var u uint64 = MaxUint64
	var i int64 = MinInt64
	fmt.Println(u, i, MaxInt64)
	fmt.Println(uint64(Mask))
	fmt.Println(Neg, Quo, Shifted, Complement, NotSeven)
	fmt.Println(Str, StrLen, ArrLen, Bool)
	var b byte = ^byte(0)
	fmt.Println(b, ^uint16(1))
	fmt.Println(MaxUint64 / MaxInt64)
	fmt.Println(float64(MaxUint64))
	fmt.Println(1e20 / 1e10)
	const f = 1.5e2
	var n int = f
	fmt.Println(n)
}
