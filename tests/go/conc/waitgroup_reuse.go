// A WaitGroup may be reused once Wait has returned: each round adds,
// starts its goroutines and waits; the rounds' results accumulate in
// order because a round only starts after the previous one is done.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var rounds []int
	for round := 1; round <= 5; round++ {
		sum := 0
		wg.Add(round)
		for i := 1; i <= round; i++ {
			go func() {
				defer wg.Done()
				mu.Lock()
				sum += i * round
				mu.Unlock()
			}()
		}
		wg.Wait()
		rounds = append(rounds, sum)
	}
	fmt.Println("round sums:", rounds)
	wg.Wait()
	fmt.Println("Wait on an idle WaitGroup returns at once")
}
