package main

import "fmt"

func main() {
	seen := map[string]bool{}
	seen["go"] := true // ERROR "non-name seen\[.go.\] on left side of :="
	fmt.Println(seen)
}
