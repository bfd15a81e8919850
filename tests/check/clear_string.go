package main

import "fmt"

func main() {
	name := "temp"
	clear(name) // ERROR "cannot clear name \(variable of type string\)"
	fmt.Println(name)
}
