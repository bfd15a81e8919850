package main

import "fmt"

func init() {
	fmt.Println("setup")
}

func main() {
	setup := init // ERROR "undefined: init"
	setup()
}
