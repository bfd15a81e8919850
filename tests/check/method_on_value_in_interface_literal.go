package main

import "fmt"

type Greeter interface {
	Greet() string
}

type english struct{}

func (e *english) Greet() string { return "hello" }

func main() {
	greeters := map[string]Greeter{
		"en": english{}, // ERROR "english does not implement Greeter \(method Greet has pointer receiver\)"
	}
	fmt.Println(len(greeters))
}
