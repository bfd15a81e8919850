// Unlocking an RWMutex that is not write-locked is a fatal error ("sync:
// Unlock of unlocked RWMutex"), which a deferred recover cannot stop.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var rw sync.RWMutex
	rw.Lock()
	rw.Unlock()
	rw.RLock()
	rw.RUnlock()
	fmt.Println("balanced so far")
	rw.Unlock()
}
