package main

import "fmt"

const version = 1

func main() {
	version++ // ERROR "cannot assign to version"
	fmt.Println(version)
}
