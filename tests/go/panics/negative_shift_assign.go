package main

import "fmt"

func main() {
	x := 1
	n := 3
	x <<= n
	fmt.Println(x)
	n = -n
	x <<= n
	fmt.Println("not reached", x)
}
