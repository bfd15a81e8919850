// sync.Map under concurrency: goroutines race to LoadOrStore the same
// keys and exactly one store per key wins; all see the winner's value.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var m sync.Map
	var stores atomic.Int32
	var wg sync.WaitGroup
	agree := make([]bool, 16)
	for g := range agree {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ok := true
			for k := 0; k < 50; k++ {
				actual, loaded := m.LoadOrStore(k, k*1000+g)
				if !loaded {
					stores.Add(1)
				}
				again, _ := m.Load(k)
				if again != actual {
					ok = false
				}
			}
			agree[g] = ok
		}()
	}
	wg.Wait()
	n := 0
	m.Range(func(k, v any) bool {
		if v.(int)/1000 == k.(int) {
			n++
		}
		return true
	})
	fmt.Println("stores that won:", stores.Load(), "entries:", n)
	fmt.Println("every goroutine agreed:", agree)
}
