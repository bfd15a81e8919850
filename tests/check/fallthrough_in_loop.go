package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		if i == 1 {
			fallthrough // ERROR "fallthrough statement out of place"
		}
		fmt.Println(i)
	}
}
