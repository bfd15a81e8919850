// The typed atomics (atomic.Int32, Int64, Uint32, Uint64, Bool): their
// zero values are ready to use, Add returns the new value, Swap the old
// one, CompareAndSwap reports success; concurrent Adds are exact.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var i32 atomic.Int32
	var i64 atomic.Int64
	var u32 atomic.Uint32
	var u64 atomic.Uint64
	var flag atomic.Bool
	fmt.Println(i32.Load(), i64.Load(), u32.Load(), u64.Load(), flag.Load())
	var wg sync.WaitGroup
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				i32.Add(-1)
				i64.Add(int64(g))
				u32.Add(2)
				u64.Add(1 << 33)
			}
		}()
	}
	wg.Wait()
	fmt.Println(i32.Load(), i64.Load(), u32.Load(), u64.Load())
	fmt.Println(u32.Swap(7), u32.Load(), u32.CompareAndSwap(6, 1), u32.CompareAndSwap(7, 1), u32.Load())
	u32.Store(0)
	fmt.Println("uint32 wraps:", u32.Add(^uint32(0)))
	fmt.Println(flag.Swap(true), flag.Load(), flag.CompareAndSwap(false, true), flag.CompareAndSwap(true, false), flag.Load())
	i64.Store(-5)
	fmt.Println(i64.Swap(9), i64.CompareAndSwap(9, 10), i64.Load())
}
