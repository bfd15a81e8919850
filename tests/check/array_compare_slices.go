package main

import "fmt"

func main() {
	var a, b [2][]int
	if a == b { // ERROR "invalid operation: a == b \(\[2\]\[\]int cannot be compared\)"
		fmt.Println("same")
	}
}
