package main

import "fmt"

func main() {
	want := []int{1, 2, 3}
	got := []int{1, 2, 3}
	if got == want { // ERROR "invalid operation: got == want \(slice can only be compared to nil\)"
		fmt.Println("equal")
	}
}
