// Dining philosophers with forks as mutexes, each philosopher taking
// the lower-numbered fork first: no cycle of waits can form, so all of
// them eat the planned number of meals and the program ends.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n, meals = 5, 30
	forks := make([]sync.Mutex, n)
	eaten := make([]int, n)
	var wg sync.WaitGroup
	for p := 0; p < n; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			left, right := p, (p+1)%n
			if right < left {
				left, right = right, left
			}
			for m := 0; m < meals; m++ {
				forks[left].Lock()
				forks[right].Lock()
				eaten[p]++
				forks[right].Unlock()
				forks[left].Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("meals eaten:", eaten)
	for i := range forks {
		if !forks[i].TryLock() {
			fmt.Println("fork", i, "still held")
		}
	}
	fmt.Println("all forks free")
}
