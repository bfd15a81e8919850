package main

import "fmt"

type vec struct{ x, y float64 }

func main() {
	a := vec{1, 2}
	b := vec{3, 4}
	fmt.Println(a + b) // ERROR "invalid operation: operator \+ not defined on a \(variable of struct type vec\)"
}
