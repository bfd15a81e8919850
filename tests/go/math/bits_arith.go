package main

import (
	"fmt"
	"math/bits"
)

func main() {
	v64 := []uint64{0, 1, 2, 1<<32 - 1, 1 << 32, 1<<63 - 1, 1 << 63, ^uint64(0) - 1, ^uint64(0)}
	for _, x := range v64 {
		for _, y := range v64 {
			for c := uint64(0); c < 2; c++ {
				s, co := bits.Add64(x, y, c)
				d, bo := bits.Sub64(x, y, c)
				fmt.Println("as64", x, y, c, s, co, d, bo)
			}
			hi, lo := bits.Mul64(x, y)
			fmt.Println("mul64", x, y, hi, lo)
			if y != 0 {
				q, r := bits.Div64(x%y, lo, y)
				fmt.Println("div64", x%y, lo, y, q, r, bits.Rem64(x, lo, y))
			}
		}
	}
	v32 := []uint32{0, 1, 2, 1<<16 - 1, 1 << 16, 1<<31 - 1, 1 << 31, ^uint32(0)}
	for _, x := range v32 {
		for _, y := range v32 {
			s, co := bits.Add32(x, y, 1)
			d, bo := bits.Sub32(x, y, 1)
			hi, lo := bits.Mul32(x, y)
			fmt.Println("32", x, y, s, co, d, bo, hi, lo)
			if y != 0 {
				q, r := bits.Div32(x%y, lo, y)
				fmt.Println("div32", q, r, bits.Rem32(x, lo, y))
			}
		}
	}
	vu := []uint{0, 7, 1 << 63, ^uint(0)}
	for _, x := range vu {
		for _, y := range vu {
			s, co := bits.Add(x, y, 0)
			d, bo := bits.Sub(x, y, 0)
			hi, lo := bits.Mul(x, y)
			fmt.Println("uint", x, y, s, co, d, bo, hi, lo)
			if y != 0 {
				q, r := bits.Div(x%y, lo, y)
				fmt.Println("div", q, r, bits.Rem(x, lo, y))
			}
		}
	}
	try := func(name string, f func()) {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println(name, "recovered:", r, ok, err)
		}()
		f()
	}
	try("div64 zero", func() { bits.Div64(1, 2, 0) })
	try("div64 overflow", func() { bits.Div64(5, 2, 5) })
	try("div32 zero", func() { bits.Div32(0, 2, 0) })
	try("div32 overflow", func() { bits.Div32(7, 2, 3) })
	try("div zero", func() { bits.Div(0, 2, 0) })
	try("div overflow", func() { bits.Div(1, 2, 1) })
	try("rem64 zero", func() { bits.Rem64(1, 2, 0) })
	try("rem32 zero", func() { bits.Rem32(1, 2, 0) })
	fmt.Println(bits.Rem64(5, 2, 5), bits.Rem32(7, 2, 3), bits.Rem(9, 9, 4))
}
