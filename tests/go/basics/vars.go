package main

import "fmt"

var global = 10
var (
	ga, gb = 1, "two"
	gc     float64
	gd     bool
	ge     string
	gf     []int
	gg     map[string]int
	gh     *int
)

func main() {
	var a int
	var b, c = 2, "c"
	d := 3.25
	e, f := 'x', byte('y')
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(global, ga, gb, gc, gd, ge == "", gf == nil, gg == nil, gh == nil)
	global += 5
	a, b = b, a
	fmt.Println(global, a, b)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)
	var u8 uint8 = 200
	var i16 int16 = -300
	var r rune = '世'
	fmt.Println(u8, i16, r, string(r))
	fmt.Printf("%T %T %T %T %T %T\n", a, d, e, f, r, c)
}
