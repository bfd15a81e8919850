package main

import "fmt"

func main() {
	items := []int{1, 2}
	defer len(items) // ERROR "defer discards result of len\(items\)"
	fmt.Println(items)
}
