package main

import "fmt"

func report(n int) {
	if n < 0 {
		return -1 // ERROR "too many return values"
	}
	fmt.Println(n)
}

func main() {
	report(1)
}
