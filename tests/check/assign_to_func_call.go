package main

import "fmt"

var limit = 3

func getLimit() int { return limit }

func main() {
	getLimit() = 5 // ERROR "cannot assign to getLimit\(\)"
	fmt.Println(limit)
}
