package main

import "fmt"

type Shape interface {
	Area() float64
}

func (s Shape) Describe() string { // ERROR "invalid receiver type Shape \(pointer or interface type\)"
	return fmt.Sprint("area ", s.Area())
}

func main() {
	var s Shape
	fmt.Println(s == nil)
}
