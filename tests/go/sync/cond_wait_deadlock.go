// A goroutine waiting on a sync.Cond that nobody signals: checkdead
// reports it with Go's wait reason.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	mu.Lock()
	fmt.Println("waiting")
	for !ready {
		c.Wait()
	}
	mu.Unlock()
}
