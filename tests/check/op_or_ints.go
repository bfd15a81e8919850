package main

import "fmt"

func main() {
	a, b := 1, 0
	if a || b { // ERROR "operator \|\| not defined on a \(variable of type int\)"
		fmt.Println("yes")
	}
}
