// A goroutine that sends on a closed channel panics and takes the
// program down with exit status 2.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ready := make(chan bool)
	close(ch)
	go func() {
		ready <- true
		ch <- 1
	}()
	<-ready
	<-make(chan int)
	fmt.Println("not reached")
}
