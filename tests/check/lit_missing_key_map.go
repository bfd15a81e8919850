package main

import "fmt"

func main() {
	prices := map[string]float64{
		"apple": 1.2,
		2.5, // ERROR "missing key in map literal"
	}
	fmt.Println(prices)
}
