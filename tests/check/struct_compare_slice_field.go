package main

import "fmt"

type request struct {
	method  string
	headers []string
}

func main() {
	a := request{"GET", nil}
	b := request{"GET", nil}
	fmt.Println(a == b) // ERROR "invalid operation: a == b \(struct containing \[\]string cannot be compared\)"
}
