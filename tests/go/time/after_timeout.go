// select with time.After: a timeout fires when no value comes in time,
// and does not when one does; time.Tick ticks.
package main

import (
	"fmt"
	"time"
)

func main() {
	slow := make(chan string)
	go func() {
		time.Sleep(200 * time.Millisecond)
		slow <- "late"
	}()
	select {
	case v := <-slow:
		fmt.Println("got", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out")
	}
	fast := make(chan string, 1)
	fast <- "early"
	select {
	case v := <-fast:
		fmt.Println("got", v)
	case <-time.After(time.Second):
		fmt.Println("timed out")
	}
	start := time.Now()
	t := <-time.After(10 * time.Millisecond)
	fmt.Println("after fired later than its start:", t.After(start))
	tick := time.Tick(10 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tick
	}
	fmt.Println("three ticks, at least 30ms:", time.Since(start) >= 40*time.Millisecond)
	fmt.Println("tick of zero is nil:", time.Tick(0) == nil)
}
