package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	_, _
	E, F
)

const (
	x0 = "s"
	x1
	x2 = iota
	x3
)

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	bit2, mask2
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Wednesday)
	fmt.Printf("%T\n", Tuesday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x0, x1, x2, x3)
	fmt.Println(bit0, mask0, bit1, mask1, bit2, mask2)
	const local = iota
	fmt.Println(local)
}
