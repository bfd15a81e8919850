package main

import "fmt"

type point struct{ x, y int }

func (p point) String() string {
	return fmt.Sprintf("(%d, %d)", p.x, p.y)
}

func main() {
	p := point{1, 2}
	fmt.Println(p.string()) // ERROR "p.string undefined \(type point has no field or method string, but does have method String\)"
}
