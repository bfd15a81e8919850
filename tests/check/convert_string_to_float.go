package main

import "fmt"

func main() {
	input := "3.14"
	f := float64(input) // ERROR "cannot convert input \(variable of type string\) to type float64"
	fmt.Println(f)
}
