package main

import "fmt"

func main() {
	if nil == nil { // ERROR "invalid operation: nil == nil \(operator == not defined on untyped nil\)"
		fmt.Println("always")
	}
}
