// Goroutines increment shared counters under a Mutex; WaitGroup waits
// for all of them. The totals are exact however they interleave.
package main

import (
	"fmt"
	"sync"
)

type stats struct {
	mu     sync.Mutex
	counts map[string]int
	total  int
}

func (s *stats) add(key string, n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.counts[key] += n
	s.total += n
}

func main() {
	s := &stats{counts: map[string]int{}}
	var wg sync.WaitGroup
	keys := []string{"red", "green", "blue"}
	for g := 0; g < 12; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 300; i++ {
				s.add(keys[(g+i)%3], 1+i%4)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(s.counts["red"], s.counts["green"], s.counts["blue"], s.total)
	fmt.Println("trylock on a free mutex:", s.mu.TryLock())
	fmt.Println("trylock on a held mutex:", s.mu.TryLock())
	s.mu.Unlock()
}
