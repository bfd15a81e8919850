package main

import "fmt"

func main() {
	flags := 8
	fmt.Println(flags >> -1) // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
}
