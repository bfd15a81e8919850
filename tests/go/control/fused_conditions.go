// Conditions of if and for that compile to one compare-and-jump: signed, unsigned, wide and narrow integers.
package main

import "fmt"

func main() {
	var u uint8 = 200
	var v uint8 = 100
	var x int8 = -5
	var big uint64 = 1 << 63
	n := 0
	for i := 10; i > 0; i -= 3 {
		n++
	}
	if u > v && x < 0 && big > 1 && !(u <= v) && x >= -5 && big != 0 {
		fmt.Println("ok", n)
	}
	for j := uint(3); j >= 1 && j < 10; j-- {
		fmt.Print(j, " ")
	}
	fmt.Println()
}
