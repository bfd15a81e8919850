// time.NewTimer: a timer fires once on its channel; Stop before it
// fires reports true and keeps it from firing; Stop after it fired
// reports false; Reset rearms a stopped timer.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(10 * time.Millisecond)
	<-t.C
	fmt.Println("fired after its duration:", time.Since(start) >= 10*time.Millisecond)
	fmt.Println("Stop after firing:", t.Stop())

	t2 := time.NewTimer(time.Hour)
	fmt.Println("Stop before firing:", t2.Stop())
	select {
	case <-t2.C:
		fmt.Println("stopped timer fired")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("stopped timer stays quiet")
	}
	t2.Reset(5 * time.Millisecond)
	<-t2.C
	fmt.Println("reset timer fired")
	fmt.Println("Reset of a fired timer:", t2.Reset(time.Hour), "then Stop:", t2.Stop())
}
