// numfmt formats and parses 1M numbers with fmt and strconv: integers in
// decimal and hex, floats in the shortest form; every string is parsed back
// and checked, and a checksum of the parsed values is printed.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	const n = 1000000
	var sum int64
	var chars int
	for i := 0; i < n; i++ {
		v := int64(i) * 2654435761 % 1000000007
		if i%3 == 0 {
			v = -v
		}
		s := strconv.FormatInt(v, 10)
		p, err := strconv.ParseInt(s, 10, 64)
		if err != nil || p != v {
			panic("int round trip: " + s)
		}
		t := fmt.Sprintf("%d/%x", v, i)
		chars += len(t)
		f := float64(v) / 1024
		fs := strconv.FormatFloat(f, 'g', -1, 64)
		pf, err := strconv.ParseFloat(fs, 64)
		if err != nil || pf != f {
			panic("float round trip: " + fs)
		}
		u, err := strconv.Atoi(strconv.Itoa(i))
		if err != nil || u != i {
			panic("atoi")
		}
		sum += p + int64(pf) + int64(u)
	}
	fmt.Println(sum, chars)
}
