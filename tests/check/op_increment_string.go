package main

import "fmt"

func main() {
	version := "1"
	version++ // ERROR "invalid operation: version\+\+ \(non-numeric type string\)"
	fmt.Println(version)
}
