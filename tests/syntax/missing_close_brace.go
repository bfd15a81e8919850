package main

import "fmt"

func greet(name string) {
	if name != "" {
		fmt.Println("hello", name)
}

func main() {
	greet("ann")
}
