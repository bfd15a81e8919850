package main

import "fmt"

func main() {
	_, err := fmt.Println("x")
	fmt.Println(_, err) // ERROR "cannot use _ as value or type"
}
