package main

import "fmt"

func main() {
	for i := 0; i < 10; i++ {
		if i%0 == 0 { // ERROR "invalid operation: division by zero"
			fmt.Println(i)
		}
	}
}
