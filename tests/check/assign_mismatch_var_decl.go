package main

import "fmt"

var red, green, blue int = 255, 128 // ERROR "missing init expr for blue"

func main() {
	fmt.Println(red, green, blue)
}
