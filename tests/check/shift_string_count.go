package main

import "fmt"

func main() {
	bits := "3"
	fmt.Println(1 << bits) // ERROR "shift count bits \(variable of type string\) must be integer"
}
