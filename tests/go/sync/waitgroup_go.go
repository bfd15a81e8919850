// WaitGroup.Go starts a goroutine and counts it; Wait returns once every
// one has finished; waiting on a zero counter returns at once.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var wg sync.WaitGroup
	wg.Wait()
	var sum atomic.Int64
	var calls atomic.Int32
	for i := 1; i <= 100; i++ {
		wg.Go(func() {
			sum.Add(int64(i))
			calls.Add(1)
		})
	}
	wg.Wait()
	fmt.Println("sum", sum.Load(), "calls", calls.Load())
	var n int64
	var wg2 sync.WaitGroup
	wg2.Add(50)
	for i := 0; i < 50; i++ {
		go func() {
			defer wg2.Done()
			atomic.AddInt64(&n, 2)
		}()
	}
	wg2.Wait()
	fmt.Println("n", atomic.LoadInt64(&n))
	var u uint32 = 5
	fmt.Println(atomic.CompareAndSwapUint32(&u, 5, 7), atomic.CompareAndSwapUint32(&u, 5, 9), u)
	fmt.Println(atomic.AddUint32(&u, ^uint32(0)), atomic.SwapUint32(&u, 100), atomic.LoadUint32(&u))
	var i32 int32 = -3
	fmt.Println(atomic.AddInt32(&i32, -2147483647), atomic.AddInt32(&i32, -10))
}
