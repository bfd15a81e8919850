package main

import "fmt"

func nextID() int {
	return iota + 1 // ERROR "cannot use iota outside constant declaration"
}

func main() {
	fmt.Println(nextID())
}
