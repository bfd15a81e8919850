package main

import "fmt"

var counter int

func init() {
	counter = 10
}

func main() {
	counter = 0
	init() // ERROR "undefined: init"
	fmt.Println(counter)
}
