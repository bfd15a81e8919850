package main

import "fmt"

const prefix = "v"
const major = 1

func main() {
	fmt.Println(prefix + major) // ERROR "invalid operation: prefix \+ major \(mismatched types untyped string and untyped int\)"
}
