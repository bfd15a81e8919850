package main

import "fmt"

func parsePort(s string) int {
	if s == "" {
		return 0, fmt.Errorf("empty") // ERROR "too many return values"
	}
	return 80
}

func main() {
	fmt.Println(parsePort("80"))
}
