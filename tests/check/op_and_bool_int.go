package main

import "fmt"

func main() {
	ready := true
	count := 2
	if ready && count { // ERROR "invalid operation: ready && count \(mismatched types bool and int\)"
		fmt.Println("go")
	}
}
