package main

import "fmt"

func main() {
	words := []string{"a", "b"}
	for w in words {
		fmt.Println(w)
	}
}
