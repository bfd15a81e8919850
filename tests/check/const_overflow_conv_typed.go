package main

import "fmt"

const limit = 70000

func main() {
	port := uint16(limit) // ERROR "constant 70000 overflows uint16"
	fmt.Println(port)
}
