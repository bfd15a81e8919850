// WaitGroup.Add with a negative delta that takes the counter below zero
// panics with "sync: negative WaitGroup counter", even after the group
// was used correctly (two Dones from a goroutine balance Add(2)).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		wg.Done()
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("both done; counter is zero")
	wg.Add(-1)
	fmt.Println("not reached")
}
