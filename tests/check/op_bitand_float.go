package main

import "fmt"

func main() {
	x := 7.0
	fmt.Println(x & 1) // ERROR "operator & not defined on x \(variable of type float64\)"
}
