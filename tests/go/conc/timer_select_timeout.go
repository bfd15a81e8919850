// A timer as a reusable select timeout: one timer, stopped when an
// answer comes first and reset before each wait, instead of a new
// time.After per round. Ready answers beat a long timeout; a silent
// round loses to a short one.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	t.Stop()
	answers := []bool{true, false, true, true, false}
	for i, ready := range answers {
		ch := make(chan int, 1)
		if ready {
			ch <- i * i
			t.Reset(5 * time.Second)
		} else {
			t.Reset(10 * time.Millisecond)
		}
		select {
		case v := <-ch:
			fmt.Println(i, "answer", v, "stop:", t.Stop())
		case <-t.C:
			fmt.Println(i, "timeout")
		}
	}
}
