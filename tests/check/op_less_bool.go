package main

import "fmt"

func main() {
	a, b := true, false
	if a < b { // ERROR "invalid operation: a < b \(operator < not defined on bool\)"
		fmt.Println("less")
	}
}
