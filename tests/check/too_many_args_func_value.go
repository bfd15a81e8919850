package main

import "fmt"

func main() {
	handle := func(msg string) {
		fmt.Println(msg)
	}
	handle("error", 500) // ERROR "too many arguments in call to handle"
}
