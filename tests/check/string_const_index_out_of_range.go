package main

import "fmt"

const header = "GET"

func main() {
	fmt.Println(header[5]) // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
}
