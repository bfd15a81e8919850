package main

import "fmt"

func main() {
	in := make(chan int, 1)
	var ro <-chan int = in
	select {
	case ro <- 1: // ERROR "invalid operation: cannot send to receive-only channel <-chan int ro \(variable of type <-chan int\)"
		fmt.Println("sent")
	default:
	}
}
