package main

import "fmt"

type Small int8

func main() {
	const k = 100
	var a Small = k
	var b uint16 = k * 600
	var c float32 = k / 3
	var d float32 = k / 3.0
	var e complex64 = k
	fmt.Println(a, b, c, d, e)
	fmt.Println(uint32(1<<32-1), int16(-32768), uint8(255))
	fmt.Println(float64(1<<53+1), float32(1<<24+1))
	const fk = 2.0
	var i int = fk
	var arr [fk]string
	fmt.Println(i, len(arr))
	fmt.Println(k/7, k/7.0, k%7)
	x := 10
	fmt.Println(x / 4 * 4.0)
	var y float64 = 3
	fmt.Println(y/2, 1/2*y, 1.0/2*y)
}
