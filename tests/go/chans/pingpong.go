// Two goroutines hand a counter back and forth over unbuffered channels.
package main

import "fmt"

func player(name string, in <-chan int, out chan<- int, done chan<- string) {
	for n := range in {
		if n >= 10 {
			close(out)
			done <- name
			return
		}
		if n%3 == 0 {
			fmt.Println(name, "hits", n)
		}
		out <- n + 1
	}
	done <- name + " (closed)"
}

func main() {
	ping, pong := make(chan int), make(chan int)
	done := make(chan string)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- 0
	fmt.Println("first done:", <-done)
	fmt.Println("second done:", <-done)
}
