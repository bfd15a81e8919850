// A worker pool: workers read jobs from a shared channel until it is
// closed, and results come back in any order; sorting them makes the
// output deterministic. A WaitGroup closes the results channel.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func collatzSteps(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	jobs := make(chan int)
	results := make(chan string)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range jobs {
				results <- fmt.Sprintf("%03d -> %d", n, collatzSteps(n))
			}
		}()
	}
	go func() {
		for n := 1; n <= 30; n += 3 {
			jobs <- n
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var out []string
	for r := range results {
		out = append(out, r)
	}
	sort.Strings(out)
	for _, s := range out {
		fmt.Println(s)
	}
}
