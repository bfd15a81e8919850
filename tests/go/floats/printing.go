package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1, 0.1, 1.5, 100, 1e6, 1e20, 1e21, 123456789, 1234567.125, 1e-4, 1e-5, 0.000123, 3.141592653589793, 2.0 / 3, 1e100, 5e-324, 1.7976931348623157e308}
	for _, v := range vals {
		fmt.Println(v)
	}
	for _, v := range vals[:12] {
		fmt.Printf("%v|%g|%e|%E|%f|%.2f|%8.3f|%-10.1e|%G\n", v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("%+.3f % .2f %08.3f %+08.2f %.0f %.0f %.0f %#.0f\n", 3.14159, 2.5, -3.14159, 2.5, 0.5, 1.5, 2.5, 3.0)
	fmt.Printf("%.3g %.10g %g %#g %.3e\n", 1234.5678, 1.0/3, 1e-7, 1.5, 123456.789)
	fmt.Printf("%x %X %b\n", 1.0, 0.5, 2.0)
	fmt.Printf("%6.2f|%-8.3f|%8s|\n", 1.0, 2.0, fmt.Sprint(3.5))
	fmt.Println(fmt.Sprint(1.0), fmt.Sprint(float32(1)), fmt.Sprintf("%v", 2e-9))
}
