package main

import "fmt"

func nextID() int {
	return 7
}

func main() {
	id, err := nextID() // ERROR "assignment mismatch: 2 variables but nextID returns 1 value"
	fmt.Println(id, err)
}
