// Two goroutines take strict turns through one Cond: each waits until
// the shared turn variable names it, does its step and Signals the
// other. The Cond's L is the mutex given to NewCond.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	fmt.Println("L is the mutex:", c.L == &mu)
	turn := 0
	var log []string
	var wg sync.WaitGroup
	for p := 0; p < 2; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 4; i++ {
				c.L.Lock()
				for turn%2 != p {
					c.Wait()
				}
				log = append(log, fmt.Sprintf("p%d:%d", p, i))
				turn++
				c.L.Unlock()
				c.Signal()
			}
		}()
	}
	wg.Wait()
	fmt.Println(log)
}
