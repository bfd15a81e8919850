//go:build ignore

// Generates random.txt: random operands through random verbs, flags,
// widths and precisions, with real Go's output. One case a line:
//
//	format <TAB> type <TAB> value <TAB> output
//
// where the value is the float64's bits in hex for float32/float64, the
// decimal number for integers, and the bytes in hex for strings.
//
//	cd vm/src/fmt/tests && go run gen_random.go > random.txt
package main

import (
	"encoding/hex"
	"fmt"
	"math"
	"math/rand"
	"strings"
)

var r = rand.New(rand.NewSource(1))

func format(verbs string) string {
	flags := "+-# 0"
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
	return f + string(verbs[r.Intn(len(verbs))])
}

func randFloat() float64 {
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
	return v
}

func main() {
	for n := 0; n < 2500; n++ {
		v := randFloat()
		f := format("eEfFgGvxXb")
		if r.Intn(4) == 0 {
			v32 := float32(v)
			fmt.Printf("%s\tfloat32\t%x\t%s\n", f, math.Float64bits(float64(v32)), fmt.Sprintf(f, v32))
		} else {
			fmt.Printf("%s\tfloat64\t%x\t%s\n", f, math.Float64bits(v), fmt.Sprintf(f, v))
		}
	}
	for n := 0; n < 2000; n++ {
		f := format("dvxXobOcqUstT")
		var x any
		switch r.Intn(5) {
		case 0:
			x = r.Intn(1000) - 500
		case 1:
			x = int64(r.Uint64())
		case 2:
			x = int8(r.Intn(256) - 128)
		case 3:
			x = r.Uint64()
		default:
			x = uint16(r.Intn(0x11000))
		}
		fmt.Printf("%s\t%T\t%d\t%s\n", f, x, x, fmt.Sprintf(f, x))
	}
	alphabet := []string{"a", "Z", " ", "\t", "\n", "\"", "`", "\\", "é", "世", "😀", "\x00", "\x7f", "\xff", "\xe4\xb8", "\u200b", "\ufeff", "\u00ad"}
	for n := 0; n < 1500; n++ {
		f := format("svqxXdT")
		var sb strings.Builder
		for i := r.Intn(8); i > 0; i-- {
			sb.WriteString(alphabet[r.Intn(len(alphabet))])
		}
		s := sb.String()
		out := fmt.Sprintf(f, s)
		if r.Intn(3) == 0 {
			out = fmt.Sprintf(f, []byte(s))
			fmt.Printf("%s\t[]uint8\t%s\t%s\n", f, hex.EncodeToString([]byte(s)), hex.EncodeToString([]byte(out)))
			continue
		}
		fmt.Printf("%s\tstring\t%s\t%s\n", f, hex.EncodeToString([]byte(s)), hex.EncodeToString([]byte(out)))
	}
}
