package main

import "fmt"

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

func main() {
	c := &counter{}
	c.inc()
	c.reset() // ERROR "c.reset undefined \(type \*counter has no field or method reset\)"
	fmt.Println(c.n)
}
