package main

import "fmt"

type user struct{ name string }

func main() {
	u := user{name: "x"}
	fmt.Println((*u).name) // ERROR "invalid operation: cannot indirect u \(variable of struct type user\)"
}
