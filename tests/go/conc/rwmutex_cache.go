// A read-mostly cache behind an RWMutex with the double-checked
// pattern: readers look under RLock; on a miss they take the write lock
// and check again, so each key is computed exactly once.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type cache struct {
	mu       sync.RWMutex
	m        map[int]int
	computed atomic.Int64
}

func (c *cache) get(k int) int {
	c.mu.RLock()
	v, ok := c.m[k]
	c.mu.RUnlock()
	if ok {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.m[k]; ok {
		return v
	}
	c.computed.Add(1)
	v = k*k + 1
	c.m[k] = v
	return v
}

func main() {
	c := &cache{m: map[int]int{}}
	var wg sync.WaitGroup
	sums := make([]int, 10)
	for g := range sums {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				sums[g] += c.get((g + i) % 25)
			}
		}()
	}
	wg.Wait()
	fmt.Println("computed", c.computed.Load(), "keys, cached", len(c.m))
	fmt.Println("sums", sums)
}
