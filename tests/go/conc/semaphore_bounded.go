// A buffered channel as a counting semaphore: at most cap(sem) workers
// are inside the critical region at once. Main lets them leave one by
// one and checks that exactly one more enters each time.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	const workers, limit = 10, 3
	sem := make(chan struct{}, limit)
	entered := make(chan int)
	release := make(chan struct{})
	var inside, maxInside atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			n := inside.Add(1)
			for {
				m := maxInside.Load()
				if n <= m || maxInside.CompareAndSwap(m, n) {
					break
				}
			}
			entered <- i
			<-release
			inside.Add(-1)
			<-sem
		}()
	}
	seen := 0
	for ; seen < limit; seen++ {
		<-entered
	}
	fmt.Println("full:", len(sem), cap(sem))
	for seen < workers {
		release <- struct{}{}
		<-entered
		seen++
	}
	for i := 0; i < limit; i++ {
		release <- struct{}{}
	}
	wg.Wait()
	fmt.Println("entered:", seen, "max inside:", maxInside.Load(), "now:", inside.Load(), len(sem))
}
