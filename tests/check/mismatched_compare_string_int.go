package main

import (
	"fmt"
	"os"
)

func main() {
	args := os.Args
	if args[0] == 0 { // ERROR "invalid operation: args\[0\] == 0 \(mismatched types string and untyped int\)"
		fmt.Println("empty")
	}
}
