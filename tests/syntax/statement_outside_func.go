package main

import "fmt"

var counter int

counter = 10

func main() {
	fmt.Println(counter)
}
