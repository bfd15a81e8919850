package main

import "fmt"

func main() {
	var b bool
	for _, in := range []string{"true", "false", "TRUE", "False", "t", "f", "T", "F", "1", "0", "tru", "fals", "yes", "2", "", "trueish", "tRuE", "fAlSe"} {
		b = false
		n, err := fmt.Sscan(in, &b)
		fmt.Printf("bool %q: %d %v %v\n", in, n, b, err)
	}
	for _, verb := range []string{"%t", "%v", "%d", "%s"} {
		b = false
		n, err := fmt.Sscanf("true", verb, &b)
		fmt.Printf("Sscanf %s: %d %v %v\n", verb, n, b, err)
	}
	var c complex128
	var c64 complex64
	for _, in := range []string{"(1+2i)", "1+2i", "-1.5-0.5i", "(3e2-4e-1i)", "1", "(1+2i", "1+2", "2i", "(0x1p1+1i)", "+1+1i"} {
		c = 0
		n, err := fmt.Sscan(in, &c)
		fmt.Printf("complex128 %q: %d %v %v\n", in, n, c, err)
	}
	n, err := fmt.Sscan("(1.5+2.25i)", &c64)
	fmt.Println(n, c64, err)
	n, err = fmt.Sscanf("(1+1i)", "%d", &c)
	fmt.Println(n, c, err)
	n, err = fmt.Sscanf("(1+1i)", "%g", &c)
	fmt.Println(n, c, err)
	var b1, b2 bool
	n, err = fmt.Sscanf("true,false", "%t,%t", &b1, &b2)
	fmt.Println(n, b1, b2, err)
}
