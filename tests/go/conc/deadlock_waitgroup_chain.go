// Goroutines waiting on a WaitGroup whose counter never reaches zero,
// and main waiting for them: every goroutine is asleep, a deadlock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(3)
	finished := make(chan int)
	for i := 0; i < 2; i++ {
		go func() {
			wg.Done()
			wg.Wait()
			finished <- i
		}()
	}
	fmt.Println("two of three Done calls will happen")
	<-finished
}
