package main

import "fmt"

func main() {
	var count int = nil // ERROR "cannot use nil as int value in variable declaration"
	fmt.Println(count)
}
