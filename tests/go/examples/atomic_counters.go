package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type stats struct {
	hits   atomic.Int64
	misses atomic.Int32
	flag   atomic.Bool
}

func main() {
	var ops atomic.Uint64
	var wg sync.WaitGroup
	for range 50 {
		wg.Add(1)
		go func() {
			for range 200 {
				ops.Add(1)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load())

	// Function-style atomics.
	var counter int64
	var wg2 sync.WaitGroup
	for i := range 20 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			atomic.AddInt64(&counter, int64(i))
		}()
	}
	wg2.Wait()
	fmt.Println("counter:", atomic.LoadInt64(&counter))

	var s stats
	var wg3 sync.WaitGroup
	for i := range 100 {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			if i%3 == 0 {
				s.misses.Add(1)
			} else {
				s.hits.Add(1)
			}
			s.flag.Store(true)
		}()
	}
	wg3.Wait()
	fmt.Println(s.hits.Load(), s.misses.Load(), s.flag.Load())

	// CompareAndSwap: exactly one goroutine wins.
	var winner atomic.Int32
	winner.Store(-1)
	var wins atomic.Int32
	var wg4 sync.WaitGroup
	for i := range 10 {
		wg4.Add(1)
		go func() {
			defer wg4.Done()
			if winner.CompareAndSwap(-1, int32(i)) {
				wins.Add(1)
			}
		}()
	}
	wg4.Wait()
	fmt.Println("wins:", wins.Load(), "winner set:", winner.Load() >= 0)

	var u atomic.Uint32
	fmt.Println(u.Swap(5), u.Load(), u.Add(^uint32(0)), u.CompareAndSwap(3, 9), u.Load())
	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store([]string{"config", "v1"})
	fmt.Println(v.Load().([]string))
	var x int32 = 10
	swapped := atomic.CompareAndSwapInt32(&x, 10, 20)
	fmt.Println(swapped, x)
	old := atomic.SwapInt32(&x, 1)
	fmt.Println(old, x)
}
