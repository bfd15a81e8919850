package main

import "fmt"

func check(n int) {
	if n > 10 {
		fmt.Println("too big")
		break // ERROR "break is not in a loop, switch, or select"
	}
	fmt.Println(n)
}

func main() {
	check(3)
}
