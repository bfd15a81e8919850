// One producer and one consumer on an unbuffered channel: values arrive
// in the order they were sent, and the consumer's done signal tells the
// producer that everything was handled.
package main

import "fmt"

func produce(out chan<- string, words []string) {
	for i, w := range words {
		out <- fmt.Sprintf("%d:%s", i, w)
	}
	close(out)
}

func consume(in <-chan string, done chan<- int, log *[]string) {
	n := 0
	for s := range in {
		*log = append(*log, s)
		n++
	}
	done <- n
}

func main() {
	words := []string{"alpha", "bravo", "charlie", "delta", "echo", "foxtrot"}
	ch := make(chan string)
	done := make(chan int)
	var log []string
	go produce(ch, words)
	go consume(ch, done, &log)
	n := <-done
	fmt.Println("consumed", n)
	for _, s := range log {
		fmt.Println(s)
	}
}
