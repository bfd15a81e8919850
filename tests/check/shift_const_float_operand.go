package main

import "fmt"

func main() {
	n := 4
	var f float64 = 1 << n // ERROR "shifted operand 1 \(type float64\) must be integer"
	fmt.Println(f)
}
