package main

import "fmt"

func main() {
	total := 120
	fmt.Println(total / 0) // ERROR "invalid operation: division by zero"
}
