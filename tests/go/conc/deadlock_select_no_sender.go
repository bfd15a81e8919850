// A select whose cases wait on channels nobody will ever send on or
// receive from, and which has no default, blocks forever: a deadlock.
package main

import "fmt"

func main() {
	in := make(chan int)
	out := make(chan int)
	done := make(chan bool)
	go func() { done <- true }()
	<-done
	fmt.Println("helper finished")
	select {
	case v := <-in:
		fmt.Println("got", v)
	case out <- 1:
		fmt.Println("sent")
	}
}
