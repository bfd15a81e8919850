// time.AfterFunc runs its function in its own goroutine once the
// duration has passed; functions with well-separated delays run in
// delay order, and a stopped one never runs.
package main

import (
	"fmt"
	"time"
)

func main() {
	order := make(chan string, 4)
	time.AfterFunc(90*time.Millisecond, func() { order <- "third" })
	time.AfterFunc(10*time.Millisecond, func() { order <- "first" })
	cancelled := time.AfterFunc(50*time.Millisecond, func() { order <- "cancelled" })
	time.AfterFunc(50*time.Millisecond, func() { order <- "second" })
	fmt.Println("Stop before it ran:", cancelled.Stop())
	for i := 0; i < 3; i++ {
		fmt.Println(<-order)
	}
	time.Sleep(80 * time.Millisecond)
	fmt.Println("nothing else ran:", len(order) == 0)
}
