package main

import "fmt"

type Animal interface {
	Sound() string
}

type Rock struct{}

func (Rock) Weight() int { return 10 }

func main() {
	var a Animal
	if r, ok := a.(Rock); ok { // ERROR "impossible type assertion: a.\(Rock\)"
		fmt.Println(r.Weight())
	}
}
