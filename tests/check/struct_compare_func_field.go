package main

import "fmt"

type handler struct {
	name string
	fn   func()
}

func main() {
	h1 := handler{name: "a"}
	h2 := handler{name: "a"}
	if h1 == h2 { // ERROR "invalid operation: h1 == h2 \(struct containing func\(\) cannot be compared\)"
		fmt.Println("equal")
	}
}
