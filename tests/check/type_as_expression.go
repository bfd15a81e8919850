package main

import "fmt"

type Celsius float64

func main() {
	fmt.Println(Celsius) // ERROR "Celsius \(type\) is not an expression"
}
