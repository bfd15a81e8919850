package main

import (
	"fmt"
	"sort"
	"sync"
)

func worker(id int, results []string, wg *sync.WaitGroup) {
	defer wg.Done()
	results[id] = fmt.Sprintf("worker %d done", id)
}

func main() {
	var wg sync.WaitGroup
	results := make([]string, 5)
	for i := range 5 {
		wg.Add(1)
		go worker(i, results, &wg)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}

	// wg.Go with closures and per-iteration loop variables.
	var mu sync.Mutex
	var squares []int
	var wg2 sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			squares = append(squares, i*i)
			mu.Unlock()
		}()
	}
	wg2.Wait()
	sort.Ints(squares)
	fmt.Println(squares)

	// Goroutine returning through a channel.
	done := make(chan string)
	go func(msg string) {
		done <- msg + " from goroutine"
	}("hello")
	fmt.Println(<-done)

	// Nested goroutines with a shared WaitGroup.
	var wg3 sync.WaitGroup
	counts := make([]int, 3)
	for g := range 3 {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			var inner sync.WaitGroup
			var imu sync.Mutex
			for range 4 {
				inner.Add(1)
				go func() {
					defer inner.Done()
					imu.Lock()
					counts[g]++
					imu.Unlock()
				}()
			}
			inner.Wait()
		}()
	}
	wg3.Wait()
	fmt.Println(counts)

	// Fan out work and sum the partial results.
	nums := make([]int, 100)
	for i := range nums {
		nums[i] = i + 1
	}
	partial := make([]int, 4)
	var wg4 sync.WaitGroup
	for p := range 4 {
		wg4.Add(1)
		go func(part []int) {
			defer wg4.Done()
			for _, n := range part {
				partial[p] += n
			}
		}(nums[p*25 : (p+1)*25])
	}
	wg4.Wait()
	fmt.Println(partial, partial[0]+partial[1]+partial[2]+partial[3])
}
