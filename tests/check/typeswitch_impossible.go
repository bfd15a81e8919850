package main

import "fmt"

type Reader interface {
	Read() string
}

type file struct{}

func (f *file) Read() string { return "data" }

type pipe struct{}

func main() {
	var r Reader = &file{}
	switch r.(type) {
	case *file:
		fmt.Println("file")
	case pipe: // ERROR "impossible type switch case: pipe"
		fmt.Println("pipe")
	}
}
