package main

import "fmt"

const slots = -2

func main() {
	var table [slots]string // ERROR "invalid array length slots \(untyped int constant -2\)"
	fmt.Println(table)
}
