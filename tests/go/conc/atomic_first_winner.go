// CompareAndSwap as an election: of many goroutines racing to flip a
// flag from false to true, exactly one succeeds; a CAS loop computes a
// running maximum without a lock.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var won atomic.Bool
	var winners int32
	var max int64
	var wg sync.WaitGroup
	for g := 0; g < 32; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if won.CompareAndSwap(false, true) {
				atomic.AddInt32(&winners, 1)
			}
			v := int64((g * 37) % 101)
			for {
				old := atomic.LoadInt64(&max)
				if v <= old || atomic.CompareAndSwapInt64(&max, old, v) {
					break
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("winners:", atomic.LoadInt32(&winners), "flag:", won.Load())
	fmt.Println("max:", atomic.LoadInt64(&max))
	var u uint64
	atomic.StoreUint64(&u, 1<<63)
	fmt.Println(atomic.AddUint64(&u, 1<<63), atomic.SwapUint64(&u, 3), atomic.LoadUint64(&u))
	var p uintptr
	fmt.Println(atomic.AddUintptr(&p, 5), atomic.CompareAndSwapUintptr(&p, 5, 6), atomic.LoadUintptr(&p))
}
