package main

import (
	"fmt"
	"math/bits"
)

func main() {
	q, r := bits.Div64(1, 0, 2)
	fmt.Println(q, r)
	hi := uint64(3)
	q, r = bits.Div64(hi, 0, 3) // hi >= y: the quotient overflows
	fmt.Println(q, r)
}
