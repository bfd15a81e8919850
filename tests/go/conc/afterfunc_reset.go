// The Timer returned by time.AfterFunc has a nil channel; Reset
// reschedules its function, which then runs once more. Stop after the
// function ran reports false.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var runs atomic.Int32
	ran := make(chan bool)
	t := time.AfterFunc(5*time.Millisecond, func() {
		runs.Add(1)
		ran <- true
	})
	fmt.Println("channel is nil:", t.C == nil)
	<-ran
	fmt.Println("runs:", runs.Load(), "Stop after running:", t.Stop())
	fmt.Println("Reset:", t.Reset(5*time.Millisecond))
	<-ran
	fmt.Println("runs:", runs.Load())
}
