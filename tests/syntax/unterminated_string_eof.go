package main

import "fmt"

func main() {
	fmt.Println("done)
}

var banner = "end