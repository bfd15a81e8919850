package main

import "fmt"

func main() {
	var rgb [3]uint8
	rgb[3] = 255 // ERROR "invalid argument: index 3 out of bounds \[0:3\]"
	fmt.Println(rgb)
}
