package main

import "fmt"

func main() {
	buf := []byte("abcdef")
	len(buf) = 3 // ERROR "cannot assign to len\(buf\)"
	fmt.Println(buf)
}
