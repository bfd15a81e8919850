package main

import "fmt"

func main() {
	qty := 3
	price := 1.25
	fmt.Println("total:", qty*price) // ERROR "invalid operation: qty \* price \(mismatched types int and float64\)"
}
