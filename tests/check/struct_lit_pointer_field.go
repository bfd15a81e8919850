package main

import "fmt"

type config struct {
	name    string
	timeout *int
}

func main() {
	c := config{name: "svc", timeout: 30} // ERROR "cannot use 30 \(untyped int constant\) as \*int value in struct literal"
	fmt.Println(c.name)
}
