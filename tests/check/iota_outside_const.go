package main

import "fmt"

func main() {
	id := iota // ERROR "cannot use iota outside constant declaration"
	fmt.Println(id)
}
