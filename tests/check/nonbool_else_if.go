package main

import "fmt"

func classify(x int) string {
	if x == 0 {
		return "zero"
	} else if x % 2 { // ERROR "non-boolean condition in if statement"
		return "odd"
	}
	return "even"
}

func main() {
	fmt.Println(classify(3))
}
