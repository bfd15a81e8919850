package main

import "fmt"

func main() {
	zero := complex(0, 0)
	one := complex(1, 1)
	fmt.Println(one / zero)
	z := 0.0
	nan := z / z
	inf := 1 / z
	fmt.Println(complex(nan, 1), complex(inf, -inf), complex(-z, z))
	c := complex(nan, 0)
	fmt.Println(c == c)
	fmt.Printf("%g %e\n", complex(inf, nan), complex(1e-7, 1e21))
	big := complex(1e39, 1)
	c64 := complex64(big)
	fmt.Println(c64)
	fmt.Println(complex64(complex(0.1, 0.2)), complex(0.1, 0.2))
}
