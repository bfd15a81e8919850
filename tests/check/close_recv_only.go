package main

import "fmt"

func drain(in <-chan int) {
	for v := range in {
		fmt.Println(v)
	}
	close(in) // ERROR "invalid operation: cannot close receive-only channel in \(variable of type <-chan int\)"
}

func main() {
	ch := make(chan int)
	close(ch)
	drain(ch)
}
