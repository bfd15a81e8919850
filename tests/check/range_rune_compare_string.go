package main

import "fmt"

func main() {
	vowels := 0
	for _, c := range "education" {
		if c == "a" || c == "e" { // ERROR "mismatched types rune and untyped string" "mismatched types rune and untyped string"
			vowels++
		}
	}
	fmt.Println(vowels)
}
