package main

import "fmt"

func main() {
	abs := func(x int) int {
		if x < 0 {
			return -x
		}
	} // ERROR "missing return"
	fmt.Println(abs(-3))
}
