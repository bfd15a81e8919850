// Waiting on a WaitGroup nobody will finish is a deadlock, and the dump
// names what main waits for.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go wg.Done()
	fmt.Println("waiting for two")
	wg.Wait()
}
