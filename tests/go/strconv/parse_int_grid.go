// ParseInt, ParseUint and Atoi over a grid of inputs, bases and bit sizes:
// every value and error text, prefixes, underscores and the range edges.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"", "0", "-0", "+5", "-", "+", "12a", "0x1f", "0b101", "0o17", "017", "1_000", "0x_1f", "_1", "1__0", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616", "zz", "ZZ"} {
		for _, base := range []int{0, 10, 16, 36, 1, 37} {
			for _, bits := range []int{0, 8, 16, 32, 64, 65, -1} {
				i, err := strconv.ParseInt(s, base, bits)
				u, err2 := strconv.ParseUint(s, base, bits)
				fmt.Println(s, base, bits, i, err, u, err2)
			}
		}
		a, err := strconv.Atoi(s)
		fmt.Println(a, err)
	}
}
