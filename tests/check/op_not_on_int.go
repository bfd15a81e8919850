package main

import "fmt"

func main() {
	retries := 3
	if !retries { // ERROR "invalid operation: operator ! not defined on retries \(variable of type int\)"
		fmt.Println("no retries")
	}
}
