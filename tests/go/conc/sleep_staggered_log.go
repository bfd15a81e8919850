// Goroutines started in one order sleep for staggered times and append
// to a mutex-guarded log when they wake: the log is in wake-up order,
// which the 40 ms steps make certain.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var log []string
	var wg sync.WaitGroup
	names := map[int]string{3: "third", 1: "first", 4: "fourth", 2: "second"}
	for _, slot := range []int{3, 1, 4, 2} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(slot) * 40 * time.Millisecond)
			mu.Lock()
			log = append(log, names[slot])
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(log)
}
