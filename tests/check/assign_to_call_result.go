package main

import "fmt"

type user struct{ name string }

func current() user {
	return user{name: "root"}
}

func main() {
	current().name = "admin" // ERROR "cannot assign to current\(\).name"
	fmt.Println(current())
}
