package main

import "fmt"

type user struct {
	name  string
	email string
}

func main() {
	u := user{name: "ann", email: "ann@example.com"}
	fmt.Println(u.name, u.age) // ERROR "u.age undefined \(type user has no field or method age\)"
}
