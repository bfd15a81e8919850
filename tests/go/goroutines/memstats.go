// ReadMemStats reports the heap, the stacks and the memory held from the
// system; runtime.GC collects, and NumGC counts it.
package main

import (
	"fmt"
	"runtime"
)

var keep [][]int

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	fmt.Println(before.Sys > 0, before.HeapAlloc > 0, before.StackInuse > 0, before.NextGC > 0)
	for i := 0; i < 100; i++ {
		keep = append(keep, make([]int, 1000))
	}
	done := make(chan bool)
	for i := 0; i < 50; i++ {
		go func() { <-done }()
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println(after.NumGC > before.NumGC, after.HeapAlloc > before.HeapAlloc, after.StackInuse > before.StackInuse)
	close(done)
	fmt.Println(len(keep))
}
