package main

var debug = false

import "fmt"

func main() {
	fmt.Println(debug)
}
