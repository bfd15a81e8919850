package main

import "fmt"

const Big = 1 << 100
const Small = Big >> 98
const Third = 1.0 / 3
const IntDiv = 7 / 2
const FloatDiv = 7 / 2.0
const Huge = 1e300 * 1e300 / 1e300

func main() {
	fmt.Println(Small, IntDiv, FloatDiv)
	fmt.Println(Big / (1 << 90))
	fmt.Println(Third)
	var f32 float32 = Third
	fmt.Println(f32)
	fmt.Println(Huge)
	const r = 'a' + 1
	fmt.Println(r, string(rune(r)))
	fmt.Printf("%T %T %T %T\n", r, IntDiv, FloatDiv, 'x')
	const c = 2i * 2i
	fmt.Println(c, real(c))
	var x float64 = 1 << 62
	fmt.Println(x)
	var i8 int8 = Big >> 94
	fmt.Println(i8)
	const exact = 0.1 + 0.2
	fmt.Println(exact == 0.3)
	a, b := 0.1, 0.2
	fmt.Println(a+b == 0.3)
	fmt.Println(1 << 10 >> 20)
	const mixed = 5 + 2.5 + 'A'
	fmt.Println(mixed)
	fmt.Printf("%T\n", mixed)
}
