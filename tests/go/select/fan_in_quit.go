// A select loop merges two producers until both are done, then a quit
// channel stops a worker that selects between its jobs and quit.
package main

import "fmt"

func produce(prefix string, n int, out chan<- string) {
	for i := 0; i < n; i++ {
		out <- fmt.Sprintf("%s%d", prefix, i)
	}
	close(out)
}

func main() {
	a, b := make(chan string), make(chan string)
	go produce("a", 30, a)
	go produce("b", 20, b)
	counts := map[byte]int{}
	for a != nil || b != nil {
		select {
		case s, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			counts[s[0]]++
		case s, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			counts[s[0]]++
		}
	}
	fmt.Println("a:", counts['a'], "b:", counts['b'])

	jobs := make(chan int)
	quit := make(chan struct{})
	done := make(chan int)
	go func() {
		sum := 0
		for {
			select {
			case j := <-jobs:
				sum += j
			case <-quit:
				done <- sum
				return
			}
		}
	}()
	for i := 1; i <= 100; i++ {
		jobs <- i
	}
	close(quit)
	fmt.Println("worker summed", <-done)
}
