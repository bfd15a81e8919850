package main

import "fmt"

func divide(a, b int) (result int, err error) {
	var result int // ERROR "result redeclared in this block"
	result = a / b
	return result, nil
}

func main() {
	fmt.Println(divide(6, 3))
}
