// Goroutines that hold a Mutex across a sleep wait for it for more than
// 1 ms, which puts the mutex in starvation mode (handed from Unlock to
// the first waiter); every critical section still runs alone.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	inside, total, maxInside := 0, 0, 0
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 8; i++ {
				mu.Lock()
				inside++
				if inside > maxInside {
					maxInside = inside
				}
				time.Sleep(2 * time.Millisecond)
				total++
				inside--
				mu.Unlock()
			}
		}()
	}
	// Meanwhile a busy locker with short sections.
	for i := 0; i < 2000; i++ {
		mu.Lock()
		total++
		mu.Unlock()
	}
	wg.Wait()
	fmt.Println("total", total, "max inside", maxInside)
	fmt.Println("unlocked at the end:", mu.TryLock())
}
