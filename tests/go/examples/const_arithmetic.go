package main

import "fmt"

const (
	Big   = 1 << 100
	Small = Big >> 99
)

const (
	A = 7 / 2
	B = 7 / 2.0
	C = 7 % 3
	D = -7 / 2
	E = 1e3 / 7
	F = 'a' + 2
	G = "con" + "cat"
	H = len(G)
	I = 5 > 3 && G == "concat"
	J = ^0
	K = uint8(^uint8(0))
	L = 1.5 * 2 // untyped float constant with integer value
	M = complex(1, 2) * 2
)

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
)

func needsFloat(f float64) float64 { return f * 2 }
func needsInt8(i int8) int8       { return i }

func main() {
	fmt.Println(Small, A, B, C, D, E)
	fmt.Println(F, string(rune(F)), G, H, I, J, K, L, M)
	fmt.Printf("%T %T %T %T %T %T\n", A, B, F, G, I, L)
	fmt.Println(Big/Big, Big%7, float64(Big))
	fmt.Println(Second, Minute/Millisecond, int64(Minute))
	fmt.Printf("%T %T\n", Minute, Millisecond)

	// Untyped constants adapt to context.
	fmt.Println(needsFloat(3), needsInt8(100), needsFloat(Small))
	var f32 float32 = 1 / 3.0
	var f64 = 1 / 3.0
	var i = 1 / 3
	fmt.Println(f32, f64, i)
	const huge = 1e300 * 1e300 / 1e300
	fmt.Println(huge)
	const exact = 0.1 + 0.2
	fmt.Println(exact == 0.3, exact)
	x := 0.1
	y := 0.2
	fmt.Println(x+y == 0.3)

	// Typed constants keep their type.
	const t8 int8 = 100
	fmt.Println(t8/3, t8%7, -t8)
	const shift = 3
	var u uint32 = 1 << shift
	fmt.Println(u, 1<<shift*2, 1.0<<shift)
	// Rune and string constant expressions.
	const r = '0' + 9
	fmt.Println(r, string(rune(r)), "abc"[1], len("日本"))
	const mixed = 'a' * 2.5
	fmt.Println(mixed)
	// Constants in array sizes and iota in expressions.
	const n = 2 + 3
	var arr [n * 2]int
	fmt.Println(len(arr), cap(arr))
	const (
		x0 = iota * iota
		x1
		x2
		x3 = iota + 0.5
		x4
	)
	fmt.Println(x0, x1, x2, x3, x4)
	fmt.Println(9223372036854775807, -9223372036854775808, 18446744073709551615/3)
}
