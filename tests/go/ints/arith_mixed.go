package main

import "fmt"

type Meters int

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func pow(b, e int) int {
	r := 1
	for e > 0 {
		if e&1 == 1 {
			r *= b
		}
		b *= b
		e >>= 1
	}
	return r
}

func main() {
	var m Meters = 5
	m = m*3 + 1
	fmt.Println(m, m/2, m%4)
	fmt.Println(gcd(84, 36), gcd(17, 5), gcd(0, 9))
	fmt.Println(pow(2, 10), pow(3, 13), pow(10, 18), pow(2, 64), pow(7, 30))
	sum := 0
	for i := 1; i <= 100; i++ {
		sum += i * i
	}
	fmt.Println(sum)
	fact := uint64(1)
	for i := uint64(1); i <= 25; i++ {
		fact *= i
	}
	fmt.Println(fact)
	h := uint32(2166136261)
	for _, c := range []byte("minigo") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h)
}
