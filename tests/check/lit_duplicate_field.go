package main

import "fmt"

type Options struct {
	Verbose bool
	Level   int
}

func main() {
	o := Options{Verbose: true, Level: 1, Verbose: false} // ERROR "duplicate field name Verbose in struct literal"
	fmt.Println(o)
}
