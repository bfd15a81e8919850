package main

import "fmt"

func main() {
	cache := make(map[int]string, 100)
	fmt.Println(cap(cache)) // ERROR "invalid argument: cache \(variable of type map\[int\]string\) for built-in cap"
}
