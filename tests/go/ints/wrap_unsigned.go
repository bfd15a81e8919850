package main

import "fmt"

func main() {
	var a uint8 = 255
	a++
	fmt.Println(a)
	a--
	fmt.Println(a)
	var z uint8
	z--
	fmt.Println(z)
	var b uint16 = 65535
	b += 10
	fmt.Println(b)
	var c uint32 = 0
	c -= 1
	fmt.Println(c)
	var d uint64 = 0
	d--
	fmt.Println(d)
	var e uint = 3
	fmt.Println(e - 5)
	var f uint8 = 200
	fmt.Println(f*2, f+f, -f, ^f)
	var g uint32 = 1 << 31
	fmt.Println(g*2, g+g-1)
	var h uint64 = 1 << 63
	fmt.Println(h*2, h-1+h)
	var u uintptr = 10
	u -= 11
	fmt.Println(u == ^uintptr(0))
}
