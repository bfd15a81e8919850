// A goroutine blocked in a send when its channel is closed panics with
// "send on closed channel" as it wakes; the program exits with status 2.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		ch <- 1
	}()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("closing while a sender waits")
	close(ch)
	<-make(chan int)
}
