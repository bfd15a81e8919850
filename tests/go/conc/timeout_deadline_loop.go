// One overall deadline for a receive loop: the timer channel is created
// once, before the loop, so it bounds the whole loop rather than each
// receive. Everything sent in time is received; then the deadline ends it.
package main

import (
	"fmt"
	"time"
)

func main() {
	data := make(chan int, 16)
	for i := 1; i <= 10; i++ {
		data <- i
	}
	start := time.Now()
	deadline := time.After(150 * time.Millisecond)
	sum, n := 0, 0
loop:
	for {
		select {
		case v := <-data:
			sum += v
			n++
		case <-deadline:
			break loop
		}
	}
	el := time.Since(start)
	fmt.Println("received", n, "sum", sum)
	fmt.Println("loop lasted at least the deadline:", el >= 150*time.Millisecond)
	fmt.Println("and not absurdly longer:", el < 5*time.Second)
}
