package main

import "fmt"

func main() {
	limit := 10
	ratio := 0.5
	fmt.Println(min(limit, ratio)) // ERROR "invalid argument: mismatched types int \(previous argument\) and float64 \(type of ratio\)"
}
