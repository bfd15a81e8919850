package main

import "fmt"

func main() {
	s := []int{1, 2}
	a := [2]int(s)
	fmt.Println(a)
	b := [3]int(s)
	fmt.Println(b)
}
