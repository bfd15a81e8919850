package main

import "fmt"

func main() {
	var x any = 1
	switch x.(type) {
	case int:
		fmt.Println("int")
		fallthrough // ERROR "cannot fallthrough in type switch"
	case float64:
		fmt.Println("number")
	}
}
