package main

import (
	"fmt"
	"strconv"
)

type Celsius float64
type IntSlice []int
type Bytes []byte
type Str string
type Handler func(int) int
type MyInt int

func (m MyInt) Double() MyInt { return m * 2 }

func main() {
	// Numeric conversions.
	i := 1000
	fmt.Println(int8(i), uint8(i), int16(i), float32(i)/3, float64(i)/3)
	f := 3.999
	fmt.Println(int(f), int(-f), uint(f), int64(f*1000))
	var big uint64 = 1<<64 - 1
	fmt.Println(int64(big), int32(big), float64(big))
	fmt.Println(Celsius(36.6), float64(Celsius(1)/3))

	// Named types convert to and from their underlying types.
	xs := IntSlice([]int{3, 1, 2})
	plain := []int(xs)
	plain[0] = 30
	fmt.Println(xs, plain, len(xs))
	m := MyInt(21)
	fmt.Println(m.Double(), int(m)+1, MyInt(i).Double())
	h := Handler(func(n int) int { return n + 1 })
	fn := (func(int) int)(h)
	fmt.Println(h(1), fn(2))

	// Strings, bytes and runes.
	s := "héllo"
	bs := []byte(s)
	rs := []rune(s)
	fmt.Println(len(bs), len(rs), string(bs[1:3]), string(rs[1]))
	nb := Bytes(s)
	ns := Str(nb)
	fmt.Println(nb, ns, string(ns) == s, []byte(ns)[0])
	fmt.Println(string(rune(65)), string(rune(0x2603)), string([]rune{72, 105}), string([]byte{72, 105}))
	bs[0] = 'H'
	fmt.Println(s, string(bs))
	// Converting an int to a string needs strconv.
	fmt.Println(strconv.Itoa(65), string(rune(65)), fmt.Sprint(65))

	// Interfaces and concrete types.
	var any interface{} = m
	if mi, ok := any.(MyInt); ok {
		fmt.Println("MyInt", mi)
	}
	if _, ok := any.(int); !ok {
		fmt.Println("not an int")
	}
	var st fmt.Stringer
	fmt.Println(st == nil)
	// Untyped constant conversions.
	const c = 'x'
	fmt.Println(c, string(rune(c)), float64(c), Str("a")+"b")
	type Point struct{ X, Y int }
	type Coord struct{ X, Y int }
	pt := Point{1, 2}
	co := Coord(pt)
	fmt.Println(co, Point(co) == pt)
	arr := [3]int{1, 2, 3}
	sl := arr[:]
	back := [3]int(sl)
	ptr := (*[3]int)(sl)
	ptr[0] = 100
	fmt.Println(back, arr, *ptr)
	fmt.Printf("%T %T %T %T\n", xs, plain, co, ptr)
}
