// atomic.Value keeps one dynamic type: storing another panics.
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store(1)
	fmt.Println(v.Load(), v.CompareAndSwap(1, 2), v.CompareAndSwap(1, 3), v.Load())
	fmt.Println(v.Swap(5), v.Load())
	v.Store("one")
}
