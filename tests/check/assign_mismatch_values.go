package main

import "fmt"

func main() {
	width, height := 640 // ERROR "assignment mismatch: 2 variables but 1 value"
	fmt.Println(width, height)
}
