package main

import "fmt"

type user struct {
	name string
	age  int
}

func main() {
	u := user{"bob", 31}
	fmt.Println(u.Name) // ERROR "u.Name undefined \(type user has no field or method Name, but does have field name\)"
}
