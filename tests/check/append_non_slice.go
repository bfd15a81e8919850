package main

import "fmt"

func main() {
	seen := map[string]bool{}
	seen = append(seen, "x") // ERROR "invalid append: argument must be a slice; have seen \(variable of type map\[string\]bool\)"
	fmt.Println(seen)
}
