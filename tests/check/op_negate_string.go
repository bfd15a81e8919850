package main

import "fmt"

func main() {
	name := "abc"
	fmt.Println(-name) // ERROR "invalid operation: operator - not defined on name \(variable of type string\)"
}
