package main

import "fmt"

const defaultLimit = 100

func main() {
	limit := &defaultLimit // ERROR "invalid operation: cannot take address of defaultLimit \(untyped int constant 100\)"
	fmt.Println(*limit)
}
