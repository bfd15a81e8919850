package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	fmt.Println(s[:5], len(s[1:4]))
	hi := 6
	fmt.Println(s[:hi])
}
