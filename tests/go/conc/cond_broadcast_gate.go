// Cond.Broadcast wakes every waiter: goroutines wait for a "go" flag
// under the Cond's lock; once main has seen all of them waiting (each
// counted itself under the lock, which only Wait gives up), a single
// Broadcast releases them all.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready, waiting := false, 0
	var wg sync.WaitGroup
	released := make([]bool, 6)
	for i := range released {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting++
			for !ready {
				cond.Wait()
			}
			released[i] = true
			mu.Unlock()
		}()
	}
	for {
		mu.Lock()
		n := waiting
		mu.Unlock()
		if n == len(released) {
			break
		}
		runtime.Gosched()
	}
	mu.Lock()
	ready = true
	mu.Unlock()
	cond.Broadcast()
	wg.Wait()
	fmt.Println("released:", released)
	cond.Signal()
	cond.Broadcast()
	fmt.Println("signal and broadcast with no waiters are no-ops")
}
