// atomic.Value stores and loads values of one concrete type (Swap and
// CompareAndSwap too); the And and Or functions and methods return the
// old value. Concurrent Ors of distinct bits all survive.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store("first")
	fmt.Println(v.Load(), v.Swap("second"), v.Load())
	fmt.Println(v.CompareAndSwap("first", "x"), v.CompareAndSwap("second", "third"), v.Load())
	var bits uint32
	var wg sync.WaitGroup
	for b := 0; b < 16; b++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.OrUint32(&bits, 1<<b)
		}()
	}
	wg.Wait()
	fmt.Printf("%#x\n", atomic.LoadUint32(&bits))
	fmt.Printf("%#x %#x\n", atomic.AndUint32(&bits, 0xff0f), bits)
	var m atomic.Int64
	m.Store(0b1100)
	fmt.Println(m.Or(0b0011), m.And(0b0110), m.Load())
}
