package main

import "fmt"

var lastErr = nil // ERROR "use of untyped nil in variable declaration"

func main() {
	fmt.Println(lastErr)
}
