package main

import "fmt"

func main() {
	angle := 370.0
	fmt.Println(angle % 360) // ERROR "operator % not defined on angle \(variable of type float64\)"
}
