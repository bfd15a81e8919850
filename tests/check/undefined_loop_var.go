package main

import "fmt"

func main() {
	words := []string{"a", "bb", "ccc"}
	for i := 0; i < len(words); i++ {
		if len(words[i]) > 1 {
			break
		}
	}
	fmt.Println("stopped at", i) // ERROR "undefined: i"
}
