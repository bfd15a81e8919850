// Once runs its function a single time whoever calls it; an RWMutex lets
// readers share while writers are exclusive.
package main

import (
	"fmt"
	"sync"
)

type cache struct {
	mu   sync.RWMutex
	data map[int]int
}

func (c *cache) get(k int) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *cache) put(k, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func main() {
	var once sync.Once
	inits := 0
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { inits++ })
		}()
	}
	wg.Wait()
	fmt.Println("initialized", inits, "time(s)")

	c := &cache{data: map[int]int{}}
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				c.put(w*100+i, i*i)
			}
		}(w)
	}
	hits := make([]int, 8)
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < 400; i++ {
				if _, ok := c.get(i); ok {
					hits[r]++
				}
			}
		}(r)
	}
	wg.Wait()
	total := 0
	for k := 0; k < 400; k++ {
		v, ok := c.get(k)
		if ok {
			total += v
		}
	}
	fmt.Println("entries", len(c.data), "sum", total)
	l := c.mu.RLocker()
	l.Lock()
	fmt.Println("try write lock while read-locked:", c.mu.TryLock())
	l.Unlock()
	fmt.Println("try write lock when free:", c.mu.TryLock())
	c.mu.Unlock()
}
