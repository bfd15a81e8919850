package main

import "fmt"

const maxLevel uint8 = 255

func main() {
	next := maxLevel + 1 // ERROR "overflows uint8"
	fmt.Println(next)
}
