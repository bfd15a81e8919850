package main

import "fmt"

func onA() {}
func onB() {}

func main() {
	handler := onA
	if handler == onB { // ERROR "invalid operation: handler == onB \(func can only be compared to nil\)"
		fmt.Println("same")
	}
}
