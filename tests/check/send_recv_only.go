package main

import "fmt"

func producer(out <-chan int) {
	for i := 0; i < 3; i++ {
		out <- i // ERROR "invalid operation: cannot send to receive-only channel <-chan int out \(variable of type <-chan int\)"
	}
}

func main() {
	ch := make(chan int, 3)
	producer(ch)
	fmt.Println(len(ch))
}
