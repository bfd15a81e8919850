// Goroutines and channels: workers square numbers in parallel and send
// the results back; main adds them up.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	jobs := make(chan int, 100)
	results := make(chan int, 100)
	var wg sync.WaitGroup
	for w := 0; w < runtime.NumCPU(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range jobs {
				results <- n * n
			}
		}()
	}
	for i := 1; i <= 100; i++ {
		jobs <- i
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum of squares 1..100 =", sum)
}
