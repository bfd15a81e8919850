package main

import "fmt"

func consumer(in chan<- string) {
	msg := <-in // ERROR "invalid operation: cannot receive from send-only channel chan<- string in \(variable of type chan<- string\)"
	fmt.Println(msg)
}

func main() {
	ch := make(chan string, 1)
	ch <- "x"
	consumer(ch)
}
