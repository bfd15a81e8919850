package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	values := []complex128{
		0, 1, -1, 1i, -1i, complex(1.5, 2.25), complex(-0.1, -0.2), complex(1e21, 1e-7),
		complex(math.Inf(1), math.Inf(-1)), complex(math.NaN(), 1), complex(1, math.NaN()),
		complex(math.Copysign(0, -1), math.Copysign(0, -1)), complex(123456789, 0.000123456789),
		complex(math.MaxFloat64, math.SmallestNonzeroFloat64),
	}
	formats := []struct {
		fmt  byte
		prec int
	}{{'f', -1}, {'f', 2}, {'e', 3}, {'E', -1}, {'g', -1}, {'g', 4}, {'G', 10}, {'b', -1}, {'x', -1}, {'X', 3}}
	for _, v := range values {
		for _, f := range formats {
			fmt.Printf("%s ", strconv.FormatComplex(v, f.fmt, f.prec, 128))
		}
		fmt.Println()
		fmt.Println("  64:", strconv.FormatComplex(v, 'g', -1, 64), "fmt:", fmt.Sprint(v))
	}
	// A bad format byte is kept as %c, in both parts.
	fmt.Println(strconv.FormatComplex(complex(1, 2), 'z', -1, 128))

	// Round trips through ParseComplex.
	for _, v := range []complex128{complex(0.1, 0.7), complex(-3e-300, 5e300), complex(1, -1)} {
		s := strconv.FormatComplex(v, 'g', -1, 128)
		back, err := strconv.ParseComplex(s, 128)
		fmt.Println(s, back == v, err)
	}

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	strconv.FormatComplex(1, 'f', -1, 32)
}
