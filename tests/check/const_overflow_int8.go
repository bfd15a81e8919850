package main

import "fmt"

func main() {
	var level int8
	level = 300 // ERROR "cannot use 300 \(untyped int constant\) as int8 value in assignment \(overflows\)"
	fmt.Println(level)
}
