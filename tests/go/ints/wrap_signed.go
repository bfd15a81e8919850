package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	a--
	fmt.Println(a)
	var b int8 = -128
	b = -b
	fmt.Println(b)
	b *= -1
	fmt.Println(b)
	var c int16 = 32767
	c += 2
	fmt.Println(c)
	var d int32 = 2147483647
	d++
	fmt.Println(d)
	var e int64 = 9223372036854775807
	e++
	fmt.Println(e)
	var m int8 = 100
	fmt.Println(m*3, m+m, -m-m)
	var f int32 = 65536
	fmt.Println(f*f, f*f/2)
	var g int = 1 << 62
	fmt.Println(g*4, g*2)
	var h int16 = 300
	fmt.Println(h*h, int8(h))
}
