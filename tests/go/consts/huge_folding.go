package main

import "fmt"

const (
	googol    = 1e100
	googolInt = 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
	ratio     = googol / googolInt
	bigShift  = 1 << 500
	back      = bigShift >> 497
	tiny      = 1e-300
	tinySq    = tiny * tiny
	recovered = tinySq / tiny / tiny
	precise   = 1.0000000000000000000000000001 - 1
	precise2  = precise * 1e28
)

func main() {
	fmt.Println(ratio, back, recovered)
	fmt.Println(precise2)
	fmt.Println(googol)
	fmt.Println(googolInt / 1e99)
	const big = 123456789012345678901234567890
	fmt.Println(big % 1000)
	fmt.Println(big / 1e25)
	fmt.Printf("%.0f\n", float64(big/1e10))
}
