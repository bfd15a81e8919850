package main

import "fmt"

func main() {
	n := 4
	fmt.Println(len(make([]int, n)))
	n -= 10
	s := make([]int, n)
	fmt.Println(s)
}
