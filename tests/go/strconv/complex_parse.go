package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{
		"0", "1", "-1.5", "1+2i", "1-2i", "(1+2i)", "(1+2i", "1+2i)", "()", "2i", "-2i", "+2i", "i", "+i", "-i",
		"1e3+1e-3i", "1E3-1E-3I", "0x1p4+0x1p-2i", "0x10+1i", "1_000+2_000i", "1__0+1i",
		"Inf", "-Inf+Infi", "Infinity-Infinityi", "NaN", "NaN+NaNi", "1+NaNi", "1-NaNi", "nan+infi", "+Inf-Infi",
		"1e400", "1+1e400i", "-1e400-1e400i", "1e-400+1e-400i", "1++2i", "1+-2i", "1-+2i", "1+2j", "1+2ii",
		"1 + 2i", " 1+2i", "", "x", "1+", "1e", "1e+", ".5+.5i", "5.+5.i", "0x1.8p1+0x.8p0i", "0x1+1i", "3i4",
	}
	for _, in := range inputs {
		c, err := strconv.ParseComplex(in, 128)
		fmt.Printf("%-22q -> %v err=%v", in, c, err)
		if ne, ok := err.(*strconv.NumError); ok {
			fmt.Printf(" [Func=%s Num=%q syntax=%v range=%v]", ne.Func, ne.Num, errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
		}
		fmt.Println()
	}
	// bitSize 64: each part rounds to float32.
	for _, in := range []string{"0.1+0.2i", "1e39+1i", "3.4028235e38-3.5e38i", "16777217+1i"} {
		c, err := strconv.ParseComplex(in, 64)
		fmt.Printf("64 %q -> %v %v %v\n", in, c, complex64(c), err)
	}
	c, err := strconv.ParseComplex("1+2i", 7)
	fmt.Println("bitSize 7:", c, err)
}
