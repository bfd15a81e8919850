// Goroutines that start goroutines: each node Adds for its children
// before starting them (never after its own Done), so a single Wait in
// main covers the whole tree.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var nodes atomic.Int64
var leafSum atomic.Int64

func grow(wg *sync.WaitGroup, depth, label int) {
	defer wg.Done()
	nodes.Add(1)
	if depth == 0 {
		leafSum.Add(int64(label))
		return
	}
	wg.Add(3)
	for c := 0; c < 3; c++ {
		go grow(wg, depth-1, label*3+c)
	}
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go grow(&wg, 4, 0)
	wg.Wait()
	fmt.Println("nodes:", nodes.Load())
	fmt.Println("leaf label sum:", leafSum.Load())
}
