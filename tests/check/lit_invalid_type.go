package main

import "fmt"

func main() {
	n := int{5} // ERROR "invalid composite literal type int"
	fmt.Println(n)
}
