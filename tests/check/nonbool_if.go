package main

import "fmt"

func main() {
	errors := 0
	if errors { // ERROR "non-boolean condition in if statement"
		fmt.Println("failed")
	}
}
