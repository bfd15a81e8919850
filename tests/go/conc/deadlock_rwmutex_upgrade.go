// An RWMutex read lock cannot be upgraded: Lock while still holding
// RLock waits for the reader to leave, which is itself, so the program
// deadlocks.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	m := map[string]int{"a": 1}
	rw.RLock()
	v, ok := m["b"]
	fmt.Println("read under RLock:", v, ok)
	rw.Lock()
	m["b"] = 2
	rw.Unlock()
	rw.RUnlock()
}
