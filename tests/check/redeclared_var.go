package main

import "fmt"

func main() {
	var name string = "a"
	var name = "b" // ERROR "name redeclared in this block"
	fmt.Println(name)
}
