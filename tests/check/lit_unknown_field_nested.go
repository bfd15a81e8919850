package main

import "fmt"

type Address struct {
	City string
}

type Person struct {
	Name string
	Addr Address
}

func main() {
	p := Person{
		Name: "Kim",
		Addr: Address{City: "Oslo", Zip: "0150"}, // ERROR "unknown field Zip in struct literal of type Address"
	}
	fmt.Println(p)
}
