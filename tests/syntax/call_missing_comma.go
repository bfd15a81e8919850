package main

import "fmt"

func main() {
	name := "gopher"
	fmt.Printf(
		"hello, %s\n",
		name
	)
}
