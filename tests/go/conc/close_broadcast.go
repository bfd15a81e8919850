// Closing a channel is a broadcast: every goroutine blocked receiving
// on it wakes (with the zero value and ok false), and any later receive
// also returns at once. Each waiter's report goes into its own slot.
package main

import (
	"fmt"
	"sync"
)

func main() {
	start := make(chan struct{})
	const n = 8
	ready := make(chan int, n)
	woke := make([]string, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ready <- i
			v, ok := <-start
			woke[i] = fmt.Sprintf("w%d:%v/%v", i, v, ok)
		}()
	}
	for i := 0; i < n; i++ {
		<-ready
	}
	close(start)
	wg.Wait()
	fmt.Println(woke)
	for i := 0; i < 3; i++ {
		_, ok := <-start
		fmt.Print(ok, " ")
	}
	fmt.Println()
}
