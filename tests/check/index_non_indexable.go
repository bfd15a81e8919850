package main

import "fmt"

func main() {
	count := 42
	fmt.Println(count[0]) // ERROR "cannot index count \(variable of type int\)"
}
