// sync.Once for lazy initialization: many goroutines call get at once;
// the initializer runs a single time, and every caller sees its
// complete result because Do returns only after f has returned.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	once  sync.Once
	calls atomic.Int32
	table map[string]int
}

func (c *config) get(key string) int {
	c.once.Do(func() {
		c.calls.Add(1)
		c.table = map[string]int{}
		for i, k := range []string{"red", "green", "blue", "alpha"} {
			c.table[k] = (i + 1) * 64
		}
	})
	return c.table[key]
}

func main() {
	c := &config{}
	keys := []string{"blue", "red", "none", "alpha", "green"}
	results := make([]int, 40)
	var wg sync.WaitGroup
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = c.get(keys[i%len(keys)])
		}()
	}
	wg.Wait()
	fmt.Println("init calls:", c.calls.Load())
	fmt.Println(results[:10])
	var other sync.Once
	n := 0
	for i := 0; i < 3; i++ {
		other.Do(func() { n += 10 })
		other.Do(func() { n += 100 })
	}
	fmt.Println("separate Once, first f only:", n)
}
