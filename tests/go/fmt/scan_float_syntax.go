package main

import "fmt"

// Float syntax that fmt hands to strconv.ParseFloat: underscores between
// digits are accepted, a signed NaN is not.
func main() {
	var f float64
	for _, in := range []string{"1_000.5", "1_0e1_0", "0x1_0p0", "+nan", "-NaN", "nan"} {
		f = -1
		n, err := fmt.Sscan(in, &f)
		fmt.Printf("%q: %d %v %v\n", in, n, f, err)
	}
	var c complex128
	for _, in := range []string{"inf+nani", "1_0+2_0i", "nan+1i"} {
		c = 0
		n, err := fmt.Sscan(in, &c)
		fmt.Printf("%q: %d %v %v\n", in, n, c, err)
	}
}
