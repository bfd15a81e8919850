package main

import "fmt"

// bad ignores yield's false result and keeps calling it.
func bad(yield func(int) bool) {
	for i := 0; i < 5; i++ {
		ok := yield(i)
		fmt.Println("yield returned", ok)
	}
}

func main() {
	for v := range bad {
		fmt.Println("body", v)
		if v == 1 {
			break
		}
	}
	fmt.Println("not reached")
}
