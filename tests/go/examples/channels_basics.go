package main

import "fmt"

func ping(pings chan<- string, msg string) { pings <- msg }

func pong(pings <-chan string, pongs chan<- string) {
	msg := <-pings
	pongs <- msg + "!"
}

func producer(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := range n {
			out <- i
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func main() {
	messages := make(chan string)
	go func() { messages <- "ping" }()
	msg := <-messages
	fmt.Println(msg)

	buffered := make(chan string, 2)
	buffered <- "buffered"
	buffered <- "channel"
	fmt.Println(len(buffered), cap(buffered))
	fmt.Println(<-buffered)
	fmt.Println(<-buffered)
	fmt.Println(len(buffered))

	// Synchronization.
	done := make(chan bool, 1)
	go func() {
		fmt.Println("working...done")
		done <- true
	}()
	<-done

	// Directions.
	pings := make(chan string, 1)
	pongs := make(chan string, 1)
	ping(pings, "passed message")
	pong(pings, pongs)
	fmt.Println(<-pongs)

	// Pipeline.
	sum := 0
	for v := range square(producer(6)) {
		sum += v
		fmt.Print(v, " ")
	}
	fmt.Println("sum", sum)

	// Closing and the comma-ok receive.
	jobs := make(chan int, 5)
	finished := make(chan bool)
	go func() {
		for {
			j, more := <-jobs
			if more {
				fmt.Println("received job", j)
			} else {
				fmt.Println("received all jobs")
				finished <- true
				return
			}
		}
	}()
	for j := 1; j <= 3; j++ {
		jobs <- j
	}
	close(jobs)
	<-finished
	v, ok := <-jobs
	fmt.Println("received more jobs:", v, ok)

	// Channel of channels.
	reqs := make(chan chan int)
	go func() {
		for r := range reqs {
			r <- 42
		}
	}()
	reply := make(chan int)
	reqs <- reply
	fmt.Println("reply", <-reply)
	close(reqs)

	// Channels of structs and nil-able values.
	type msgT struct {
		id   int
		body string
	}
	mc := make(chan msgT, 2)
	mc <- msgT{1, "a"}
	mc <- msgT{2, "b"}
	close(mc)
	for m := range mc {
		fmt.Printf("%+v\n", m)
	}
	var nilCh chan int
	fmt.Println(nilCh == nil, len(nilCh), cap(nilCh))
	fmt.Printf("%T %T %T\n", pings, (<-chan int)(nil), (chan<- bool)(nil))
}
