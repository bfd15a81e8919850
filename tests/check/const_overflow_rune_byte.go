package main

import "fmt"

func main() {
	var sep byte = '€' // ERROR "cannot use .€. \(untyped rune constant 8364\) as byte value in variable declaration \(overflows\)"
	fmt.Println(sep)
}
