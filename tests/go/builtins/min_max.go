package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(-1, -7))
	a, b := 2.5, -0.5
	fmt.Println(min(a, b), max(a, b, 10))
	fmt.Println(min("banana", "apple", "cherry"), max("a", "ab", "b"))
	z := 0.0
	nan := z / z
	fmt.Println(min(nan, 1), max(1, nan), min(1, 2, nan))
	negZ := -z
	fmt.Println(min(z, negZ), max(negZ, z), min(negZ, z), max(z, negZ))
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))
	const c = max(1, 2.5, 'a')
	fmt.Println(c)
	x := 7
	fmt.Println(min(x, 10)*2, max(x, 1.0))
	inf := 1 / z
	fmt.Println(min(inf, -inf), max(inf, 1e308))
}
