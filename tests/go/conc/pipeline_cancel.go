// A consumer that needs only a prefix of an endless pipeline closes a
// done channel; every stage selects on done and returns, and the
// WaitGroup shows that no stage goroutine is left behind.
package main

import (
	"fmt"
	"sync"
)

func naturals(done <-chan struct{}, wg *sync.WaitGroup) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func mapStage(done <-chan struct{}, wg *sync.WaitGroup, in <-chan int, f func(int) int) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for v := range in {
			select {
			case out <- f(v):
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	sq := mapStage(done, &wg, naturals(done, &wg), func(x int) int { return x * x })
	plus := mapStage(done, &wg, sq, func(x int) int { return x + 1 })
	for i := 0; i < 8; i++ {
		fmt.Print(<-plus, " ")
	}
	fmt.Println()
	close(done)
	wg.Wait()
	_, ok := <-plus
	fmt.Println("stages stopped; output closed:", !ok)
}
