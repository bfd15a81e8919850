package main

import "fmt"

func main() {
	count := 3
	if s, ok := count.(string); ok { // ERROR "invalid operation: count \(variable of type int\) is not an interface"
		fmt.Println(s)
	}
}
