// Two parties that both believe they own a channel: the producer
// closes it when done, and main closing it again panics with "close of
// closed channel", after draining what was sent.
package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	go func() {
		for i := 1; i <= 3; i++ {
			ch <- i
		}
		close(ch)
	}()
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println("drained, sum", sum)
	close(ch)
}
