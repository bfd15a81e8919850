// runtime.NumGoroutine counts live goroutines: it rises as blocked
// goroutines are started, and falls back to 1 once they have been
// released and have exited (main yields until they are gone).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())
	gate := make(chan struct{})
	started := make(chan bool)
	for i := 0; i < 7; i++ {
		go func() {
			started <- true
			<-gate
		}()
	}
	for i := 0; i < 7; i++ {
		<-started
	}
	fmt.Println("blocked on the gate:", runtime.NumGoroutine())
	close(gate)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("after release:", runtime.NumGoroutine())
}
