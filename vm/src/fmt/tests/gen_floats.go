//go:build ignore

// Generates floats.txt: random floats through random float verbs, flags,
// widths and precisions, with real Go's output. One case a line:
//
//	format <TAB> bits (hex of the float64) <TAB> 32|64 <TAB> output
//
//	cd vm/src/fmt/tests && go run gen_floats.go > floats.txt
package main

import (
	"fmt"
	"math"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(1))
	verbs := "eEfFgGvxXb"
	flags := "+-# 0"
	for n := 0; n < 3000; n++ {
		var v float64
		switch r.Intn(6) {
		case 0:
			v = math.Float64frombits(r.Uint64())
		case 1:
			v = float64(r.Intn(100000)) / math.Pow10(r.Intn(8))
		case 2:
			v = (float64(r.Intn(2000)) + 0.5) / math.Pow10(r.Intn(4))
		case 3:
			v = r.NormFloat64() * math.Pow10(r.Intn(40)-20)
		case 4:
			v = float64(r.Int63n(1 << 53))
		default:
			v = r.ExpFloat64() * math.Pow10(r.Intn(600)-300)
		}
		if r.Intn(2) == 0 {
			v = -v
		}
		size := 64
		if r.Intn(4) == 0 {
			size = 32
			v = float64(float32(v))
		}
		f := "%"
		for i := 0; i < len(flags); i++ {
			if r.Intn(4) == 0 {
				f += string(flags[i])
			}
		}
		if r.Intn(2) == 0 {
			f += fmt.Sprint(r.Intn(25))
		}
		if r.Intn(2) == 0 {
			p := r.Intn(20)
			if r.Intn(10) == 0 {
				p = r.Intn(60)
			}
			f += "." + fmt.Sprint(p)
		}
		f += string(verbs[r.Intn(len(verbs))])
		var out string
		if size == 32 {
			out = fmt.Sprintf(f, float32(v))
		} else {
			out = fmt.Sprintf(f, v)
		}
		fmt.Printf("%s\t%x\t%d\t%s\n", f, math.Float64bits(v), size, out)
	}
}
