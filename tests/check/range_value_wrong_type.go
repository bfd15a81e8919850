package main

import "fmt"

func main() {
	var total int
	for _, r := range "hello" {
		total += r // ERROR "invalid operation: total \+= r \(mismatched types int and rune\)"
	}
	fmt.Println(total)
}
