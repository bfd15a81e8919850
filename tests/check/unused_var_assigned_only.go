package main

import "fmt"

func main() {
	result := 0 // ERROR "declared and not used: result"
	for i := 1; i <= 10; i++ {
		result = i * i
	}
	fmt.Println("done")
}
