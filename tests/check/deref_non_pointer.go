package main

import "fmt"

func increment(n int) {
	*n++ // ERROR "invalid operation: cannot indirect n \(variable of type int\)"
}

func main() {
	x := 1
	increment(x)
	fmt.Println(x)
}
