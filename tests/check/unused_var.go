package main

import "fmt"

func main() {
	count := 0 // ERROR "declared and not used: count"
	names := []string{"a", "b"}
	fmt.Println(len(names))
}
