// Readers of an RWMutex share it: several goroutines hold RLock at the
// same moment (each signals, then waits for main), and while they do a
// writer's TryLock fails but another TryRLock succeeds.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	const readers = 5
	holding := make(chan int)
	release := make(chan struct{})
	var wg sync.WaitGroup
	for r := 0; r < readers; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			holding <- r
			<-release
			rw.RUnlock()
		}()
	}
	sum := 0
	for i := 0; i < readers; i++ {
		sum += <-holding
	}
	fmt.Println("readers holding at once:", readers, "ids summing to", sum)
	fmt.Println("TryLock while read-locked:", rw.TryLock())
	fmt.Println("TryRLock while read-locked:", rw.TryRLock())
	rw.RUnlock()
	close(release)
	wg.Wait()
	fmt.Println("TryLock after readers left:", rw.TryLock())
	fmt.Println("TryRLock while write-locked:", rw.TryRLock())
	rw.Unlock()
}
