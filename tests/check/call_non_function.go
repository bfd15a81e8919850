package main

import "fmt"

func main() {
	count := 3
	fmt.Println(count()) // ERROR "invalid operation: cannot call count \(variable of type int\): int is not a function"
}
