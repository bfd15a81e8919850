package main

import "fmt"

const (
	timeout = 30
	retries = 3
	timeout = 60 // ERROR "timeout redeclared in this block"
)

func main() {
	fmt.Println(timeout, retries)
}
