// A ring of goroutines joined by unbuffered channels passes a token
// around for several laps; each hop increments it, and the last node
// reports when the token has gone round enough times.
package main

import "fmt"

func node(id int, in <-chan int, out chan<- int, laps int, done chan<- string) {
	for {
		t := <-in
		if t >= laps*10 && id == 9 {
			done <- fmt.Sprintf("node %d stops the token at %d", id, t)
			return
		}
		out <- t + 1
	}
}

func main() {
	const n, laps = 10, 7
	chans := make([]chan int, n)
	for i := range chans {
		chans[i] = make(chan int)
	}
	done := make(chan string)
	for i := 0; i < n; i++ {
		go node(i, chans[i], chans[(i+1)%n], laps, done)
	}
	chans[0] <- 0
	fmt.Println(<-done)
}
