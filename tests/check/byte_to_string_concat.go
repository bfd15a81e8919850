package main

import "fmt"

func main() {
	word := "go"
	first := word[0]
	fmt.Println("first letter: " + first) // ERROR "invalid operation: .first letter: . \+ first \(mismatched types untyped string and byte\)"
}
