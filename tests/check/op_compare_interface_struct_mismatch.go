package main

import "fmt"

type point struct{ x, y int }

func main() {
	p := point{1, 2}
	if p == (point{1, 2}) {
		fmt.Println("origin-ish")
	}
	if p == nil { // ERROR "invalid operation: p == nil \(mismatched types point and untyped nil\)"
		fmt.Println("nil")
	}
}
