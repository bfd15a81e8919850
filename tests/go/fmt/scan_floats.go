package main

import "fmt"

func main() {
	var f float64
	var g float32
	ins := []string{
		"0", "3.14", "-2.5", "+1e3", "1E-2", "1.5e+2", ".5", "5.", "0x1p-2", "0X1.8P1", "0x10",
		"1p4", "inf", "+Inf", "-INF", "infinity", "nan", "NaN", "1e400", "-1e400", "abc", "", "1e", "1.2.3",
		"  7.25", "4e1x", "1_e2", "0x1.fffffffffffffp1023",
	}
	for _, in := range ins {
		f = -1
		n, err := fmt.Sscan(in, &f)
		fmt.Printf("float64 %q: n=%d f=%v err=%v\n", in, n, f, err)
	}
	for _, in := range []string{"3.4e38", "3.5e38", "1.1754944e-38", "0.1", "16777217"} {
		g = -1
		n, err := fmt.Sscan(in, &g)
		fmt.Printf("float32 %q: n=%d g=%v err=%v\n", in, n, g, err)
	}
	for _, verb := range []string{"%f", "%g", "%e", "%E", "%F", "%G", "%b", "%v", "%d", "%x", "%s", "%5f", "%3f", "%2g"} {
		f = -1
		n, err := fmt.Sscanf("123.456", verb, &f)
		fmt.Printf("Sscanf %s: %d %v %v\n", verb, n, f, err)
	}
	var a, b float64
	n, err := fmt.Sscanf("1.5,2.5", "%f,%f", &a, &b)
	fmt.Println(n, a, b, err)
	n, err = fmt.Sscan("1e2 2e-1", &a, &b)
	fmt.Println(n, a, b, err)
}
