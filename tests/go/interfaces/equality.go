package main

import "fmt"

type P struct{ A, B int }
type Q struct{ A, B int }
type MyInt int

type Stringer interface{ String() string }

func main() {
	var a, b interface{} = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	b = MyInt(1)
	fmt.Println(a == b, b == MyInt(1))
	a, b = "x", "x"
	fmt.Println(a == b)
	a, b = P{1, 2}, P{1, 2}
	fmt.Println(a == b)
	b = Q{1, 2}
	fmt.Println(a == b)
	x := 5
	a, b = &x, &x
	fmt.Println(a == b)
	y := 5
	b = &y
	fmt.Println(a == b)
	a, b = [2]int{1, 2}, [2]int{1, 2}
	fmt.Println(a == b)
	a = 1.0
	fmt.Println(a == 1.0, a == 1)
	var s Stringer
	var e interface{}
	fmt.Println(e == nil, s == nil)
	a, b = true, true
	fmt.Println(a == b, a != b)
	var c interface{} = 'a'
	fmt.Println(c == 'a', c == int32(97), c == 97)
}
