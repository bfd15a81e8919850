package main

import "fmt"

func main() {
	var remaining uint = -1 // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	fmt.Println(remaining)
}
