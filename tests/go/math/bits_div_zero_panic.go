package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.Rem32(1, 2, 3))
	var y uint32
	fmt.Println(bits.Div32(0, 5, y))
}
