package main

import "fmt"

func describe(n int) {
	if n > 0 {
	case 1:
		fmt.Println("one")
	}
}

func main() {
	describe(1)
}
