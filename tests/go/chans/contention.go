// Many goroutines send and receive on a few shared unbuffered channels at
// once: every value sent is received exactly once, none is lost, and no
// goroutine is woken twice.
package main

import "fmt"

func main() {
	const senders, perSender = 16, 500
	chans := []chan int{make(chan int), make(chan int), make(chan int)}
	sums := make(chan int)
	for r := 0; r < 8; r++ {
		go func(r int) {
			sum := 0
			for {
				v, ok := <-chans[r%3]
				if !ok {
					break
				}
				sum += v
			}
			sums <- sum
		}(r)
	}
	done := make(chan bool)
	for s := 0; s < senders; s++ {
		go func(s int) {
			for i := 1; i <= perSender; i++ {
				chans[(s+i)%3] <- s*perSender + i
			}
			done <- true
		}(s)
	}
	for s := 0; s < senders; s++ {
		<-done
	}
	for _, c := range chans {
		close(c)
	}
	total := 0
	for r := 0; r < 8; r++ {
		total += <-sums
	}
	n := senders * perSender
	fmt.Println("received", total, "expected", n*(n+1)/2)
}
