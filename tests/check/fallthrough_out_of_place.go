package main

import "fmt"

func main() {
	n := 4
	switch {
	case n > 3:
		if n%2 == 0 {
			fallthrough // ERROR "fallthrough statement out of place"
		}
		fmt.Println("big")
	case n > 0:
		fmt.Println("positive")
	}
}
