package main

import (
	"fmt"
	"strings"
)

func escape(c complex128) int {
	z := complex(0, 0)
	for i := 0; i < 50; i++ {
		z = z*z + c
		if real(z)*real(z)+imag(z)*imag(z) > 4 {
			return i
		}
	}
	return -1
}

func main() {
	for y := 1.0; y >= -1.0; y -= 0.25 {
		var sb strings.Builder
		for x := -2.0; x <= 0.5; x += 0.125 {
			n := escape(complex(x, y))
			switch {
			case n < 0:
				sb.WriteByte('#')
			case n > 5:
				sb.WriteByte('+')
			case n > 2:
				sb.WriteByte('.')
			default:
				sb.WriteByte(' ')
			}
		}
		fmt.Println(sb.String())
	}
}
