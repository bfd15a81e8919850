package main

import "fmt"

var init = true // ERROR "cannot declare init - must be func"

func main() {
	fmt.Println("hi")
}
