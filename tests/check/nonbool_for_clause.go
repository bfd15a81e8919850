package main

import "fmt"

func main() {
	for i := 10; i; i-- { // ERROR "non-boolean condition in for statement"
		fmt.Println(i)
	}
}
