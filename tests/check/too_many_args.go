package main

import "fmt"

func add(a, b int) int {
	return a + b
}

func main() {
	fmt.Println(add(1, 2, 3)) // ERROR "too many arguments in call to add"
}
