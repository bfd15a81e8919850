package main

import "fmt"

func main() {
	index := make(map[string]int, 10, 20) // ERROR "invalid operation: make\(map\[string\]int, 10, 20\) expects 1 or 2 arguments; found 3"
	fmt.Println(len(index))
}
