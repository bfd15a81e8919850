package main

import "fmt"

func main() {
	n := 5
	for n { // ERROR "non-boolean condition in for statement"
		fmt.Println(n)
		n--
	}
}
