package main

import "fmt"

const ratio = 1.0 / 0.0 // ERROR "invalid operation: division by zero"

func main() {
	fmt.Println(ratio)
}
