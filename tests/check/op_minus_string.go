package main

import "fmt"

func main() {
	full := "hello world"
	suffix := " world"
	fmt.Println(full - suffix) // ERROR "invalid operation: operator - not defined on full \(variable of type string\)"
}
