package main

import "fmt"

func main() {
	total := 0
	for i := 0; i < 5; i++ {
		totl += i // ERROR "undefined: totl"
	}
	fmt.Println(total)
}
