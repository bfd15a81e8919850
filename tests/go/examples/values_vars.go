package main

import "fmt"

var (
	global       = 42
	name  string = "gopher"
	ratio        = 0.75
	ok    bool
)

func main() {
	// Literals of every basic kind.
	fmt.Println("go" + "lang")
	fmt.Println("1+1 =", 1+1)
	fmt.Println("7.0/3.0 =", 7.0/3.0)
	fmt.Println(true && false, true || false, !true)
	fmt.Println('a', 'ä', "\u00e4", `raw\n`)

	// Declarations.
	var a = "initial"
	var b, c int = 1, 2
	var d = true
	var e int
	var f float64
	var g string
	var h rune
	var i byte = 255
	fmt.Println(a, b, c, d)
	fmt.Printf("zero values: %d %v %q %d %d %t\n", e, f, g, h, i, ok)
	fmt.Println(global, name, ratio)

	// Short declarations and redeclaration.
	x := "apple"
	x, y := "banana", 3
	fmt.Println(x, y)

	// Swap and multi-assign.
	p, q := 10, 20
	p, q = q, p
	fmt.Println(p, q)

	// Types of untyped constants when they default.
	u1 := 10
	u2 := 10.0
	u3 := 'x'
	u4 := 1i
	u5 := "s"
	fmt.Printf("%T %T %T %T %T\n", u1, u2, u3, u4, u5)

	// Explicit sized types.
	var i8 int8 = -128
	var u16 uint16 = 65535
	var i64 int64 = 1 << 62
	var f32 float32 = 1.0 / 3.0
	var c64 complex64 = complex(1, 2)
	fmt.Println(i8, u16, i64, f32, c64)
	fmt.Printf("%T %T %T %T %T\n", i8, u16, i64, f32, c64)

	// Conversions.
	n := 65
	fl2 := 3.99
	fmt.Println(float64(n)/2, string(rune(n)), uint8(n+200), int(fl2))
	fl := -2.7
	fmt.Println(int(fl), int64(fl*10), uint32(1<<32-1))

	// Blank identifier.
	_, second := pair()
	fmt.Println("second:", second)

	// Scoped blocks.
	{
		global := "shadow"
		fmt.Println("inner", global)
	}
	fmt.Println("outer", global)
}

func pair() (int, string) { return 1, "two" }
