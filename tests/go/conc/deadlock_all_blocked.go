// Every goroutine blocked at once, each in a different way (a send, a
// receive, a select), while main waits to receive: the runtime sees that
// none can proceed and reports the deadlock.
package main

import "fmt"

func main() {
	a, b, c := make(chan int), make(chan int), make(chan int)
	started := make(chan bool, 3)
	go func() { started <- true; a <- 1 }()
	go func() { started <- true; <-b }()
	go func() {
		started <- true
		select {
		case <-c:
		case b <- 2:
		}
	}()
	for i := 0; i < 3; i++ {
		<-started
	}
	fmt.Println("three goroutines started")
	<-c
}
