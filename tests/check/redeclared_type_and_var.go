package main

import "fmt"

type item struct{ name string }

var item = "pen" // ERROR "item redeclared in this block"

func main() {
	fmt.Println(item) // ERROR "item \(type\) is not an expression"
}
