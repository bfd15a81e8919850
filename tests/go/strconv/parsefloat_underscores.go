package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{
		"1_000", "1_000.5", "1_0.5_5", "-1_000e1_0", "+1_2", "0x_1p3", "0x1_0p-1", "0x1.8_0p1", "0_1.5",
		"1__0", "_1", "1_", "1_.5", "1._5", "1e_5", "1e5_", "0x_", "0_x1p0", "1_e5", "Inf_", "1_000i",
	} {
		f, err := strconv.ParseFloat(s, 64)
		f32, err32 := strconv.ParseFloat(s, 32)
		fmt.Printf("%-12q 64: %v %v | 32: %v %v\n", s, f, err, f32, err32)
	}
}
