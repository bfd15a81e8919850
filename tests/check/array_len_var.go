package main

import "fmt"

func main() {
	size := 8 // ERROR "declared and not used: size"
	var buf [size]byte // ERROR "invalid array length size"
	fmt.Println(len(buf))
}
