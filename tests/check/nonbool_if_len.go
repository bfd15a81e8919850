package main

import "fmt"

func main() {
	queue := []string{"job"}
	if len(queue) { // ERROR "non-boolean condition in if statement"
		fmt.Println("work to do")
	}
}
