package main

import "fmt"

const (
	kb int16 = 1 << 10
	mb int16 = kb << 10 // ERROR "overflows int16"
)

func main() {
	fmt.Println(kb, mb)
}
