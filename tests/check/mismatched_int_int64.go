package main

import "fmt"

func main() {
	var limit int64 = 100
	used := 42
	if used < limit { // ERROR "invalid operation: used < limit \(mismatched types int and int64\)"
		fmt.Println("under limit")
	}
}
