package main

import "fmt"

func main() {
	s := "abc"
	var r rune = 'd'
	fmt.Println(s + r) // ERROR "invalid operation: s \+ r \(mismatched types string and rune\)"
}
