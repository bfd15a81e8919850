package main

import "fmt"

func main() {
	var groups map[map[string]int]string // ERROR "invalid map key type map\[string\]int"
	fmt.Println(groups)
}
