package main

import "fmt"

func main() {
	var mask int32 = 1 << 40 // ERROR "cannot use 1 << 40 \(untyped int constant 1099511627776\) as int32 value in variable declaration \(overflows\)"
	fmt.Println(mask)
}
