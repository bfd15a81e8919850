package main

import (
	"fmt"
	"sort"
	"sync"
)

type Container struct {
	mu       sync.Mutex
	counters map[string]int
}

func (c *Container) inc(name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counters[name]++
}

type SafeCache struct {
	mu   sync.RWMutex
	data map[int]string
}

func (c *SafeCache) Get(k int) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *SafeCache) Set(k int, v string) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func main() {
	c := Container{counters: map[string]int{"a": 0, "b": 0}}
	var wg sync.WaitGroup
	doIncrement := func(name string, n int) {
		for range n {
			c.inc(name)
		}
		wg.Done()
	}
	wg.Add(3)
	go doIncrement("a", 1000)
	go doIncrement("a", 1000)
	go doIncrement("b", 1000)
	wg.Wait()
	fmt.Println(c.counters)

	cache := &SafeCache{data: map[int]string{}}
	var wg2 sync.WaitGroup
	for i := range 20 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			cache.Set(i%5, fmt.Sprint("v", i%5))
			cache.Get(i % 7)
		}()
	}
	wg2.Wait()
	keys := []int{}
	for k := range cache.data {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		v, _ := cache.Get(k)
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
	_, ok := cache.Get(99)
	fmt.Println("99 present:", ok)

	// TryLock.
	var m sync.Mutex
	fmt.Println("try 1:", m.TryLock())
	fmt.Println("try 2:", m.TryLock())
	m.Unlock()
	fmt.Println("try 3:", m.TryLock())
	m.Unlock()

	// Once.
	var once sync.Once
	calls := 0
	var wg3 sync.WaitGroup
	for range 10 {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			once.Do(func() { calls++ })
		}()
	}
	wg3.Wait()
	fmt.Println("once calls:", calls)

	// A mutex-protected slice appended from many goroutines.
	var lmu sync.Mutex
	var list []int
	var wg4 sync.WaitGroup
	for i := range 50 {
		wg4.Add(1)
		go func() {
			defer wg4.Done()
			lmu.Lock()
			list = append(list, i)
			lmu.Unlock()
		}()
	}
	wg4.Wait()
	sort.Ints(list)
	fmt.Println(len(list), list[0], list[49])
}
