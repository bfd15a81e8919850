package main

import "fmt"

func main() {
	scale := 2.0
	fmt.Println(scale << 3) // ERROR "shifted operand scale \(variable of type float64\) must be integer"
}
