// time.Tick drives a loop that also selects on a quit channel; main
// waits for a fixed number of ticks to be counted before quitting, so
// the count reported is exact and the elapsed time at least n periods.
package main

import (
	"fmt"
	"time"
)

func main() {
	ticks := make(chan int)
	quit := make(chan struct{})
	stopped := make(chan int)
	start := time.Now()
	go func() {
		tick := time.Tick(8 * time.Millisecond)
		n := 0
		for {
			select {
			case <-tick:
				n++
				if n <= 5 {
					ticks <- n
				}
			case <-quit:
				stopped <- n
				return
			}
		}
	}()
	for i := 0; i < 5; i++ {
		fmt.Print("tick ", <-ticks, "; ")
	}
	fmt.Println()
	close(quit)
	n := <-stopped
	fmt.Println("stopped after at least 5 ticks:", n >= 5)
	fmt.Println("took at least 40ms:", time.Since(start) >= 40*time.Millisecond)
}
