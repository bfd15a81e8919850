package main

import "fmt"

func main() {
	div := func(a, b int) (int, bool) {
		if b == 0 {
			return 0 // ERROR "not enough return values"
		}
		return a / b, true
	}
	fmt.Println(div(4, 2))
}
