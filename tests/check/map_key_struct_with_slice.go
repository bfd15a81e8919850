package main

import "fmt"

type key struct {
	parts []string
}

func main() {
	cache := make(map[key]int) // ERROR "invalid map key type key"
	fmt.Println(len(cache))
}
