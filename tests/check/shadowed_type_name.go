package main

import "fmt"

func main() {
	string := "name"
	var other string // ERROR "string \(local variable\) is not a type"
	fmt.Println(string, other)
}
