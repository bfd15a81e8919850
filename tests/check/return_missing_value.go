package main

import "fmt"

func find(xs []string, want string) int {
	for i, x := range xs {
		if x == want {
			return i
		}
	}
	return // ERROR "not enough return values"
}

func main() {
	fmt.Println(find([]string{"a"}, "a"))
}
