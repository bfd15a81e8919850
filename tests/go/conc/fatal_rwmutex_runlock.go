// RUnlock without a matching RLock is a fatal error ("sync: RUnlock of
// unlocked RWMutex"), here in a goroutine while main waits.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	fmt.Println("one reader came and went")
	go func() {
		rw.RUnlock()
	}()
	<-make(chan int)
}
