package main

import "fmt"

func main() {
	data := []byte("abcdef")
	fmt.Println(data[4:2]) // ERROR "invalid slice indices: 2 < 4"
}
