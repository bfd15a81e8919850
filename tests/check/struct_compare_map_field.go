package main

import "fmt"

type settings struct {
	name  string
	extra map[string]string
}

func same(a, b settings) bool {
	return a != b // ERROR "invalid operation: a != b \(struct containing map\[string\]string cannot be compared\)"
}

func main() {
	fmt.Println(same(settings{}, settings{}))
}
