package main

import "fmt"

func main() {
	timeout := &30 // ERROR "invalid operation: cannot take address of 30 \(untyped int constant\)"
	fmt.Println(*timeout)
}
