package main

import (
	"fmt"
	"time"
)

func main() {
	c1 := make(chan string)
	c2 := make(chan string)
	go func() {
		time.Sleep(10 * time.Millisecond)
		c1 <- "one"
	}()
	go func() {
		time.Sleep(30 * time.Millisecond)
		c2 <- "two"
	}()
	for range 2 {
		select {
		case msg1 := <-c1:
			fmt.Println("received", msg1)
		case msg2 := <-c2:
			fmt.Println("received", msg2)
		}
	}

	// Timeouts.
	slow := make(chan string, 1)
	go func() {
		time.Sleep(200 * time.Millisecond)
		slow <- "result 1"
	}()
	select {
	case res := <-slow:
		fmt.Println(res)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout 1")
	}
	fast := make(chan string, 1)
	go func() {
		fast <- "result 2"
	}()
	select {
	case res := <-fast:
		fmt.Println(res)
	case <-time.After(2 * time.Second):
		fmt.Println("timeout 2")
	}

	// Non-blocking operations.
	messages := make(chan string)
	signals := make(chan bool)
	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	default:
		fmt.Println("no message received")
	}
	msg := "hi"
	select {
	case messages <- msg:
		fmt.Println("sent message", msg)
	default:
		fmt.Println("no message sent")
	}
	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	case sig := <-signals:
		fmt.Println("received signal", sig)
	default:
		fmt.Println("no activity")
	}

	// Select in a loop with a quit channel.
	data := make(chan int)
	quit := make(chan struct{})
	go func() {
		for i := range 3 {
			data <- i
		}
		close(quit)
	}()
	for done := false; !done; {
		select {
		case v := <-data:
			fmt.Println("data", v)
		case <-quit:
			fmt.Println("quit")
			done = true
		}
	}

	// A nil channel case is never ready.
	var never chan int
	buf := make(chan int, 1)
	buf <- 7
	select {
	case v := <-never:
		fmt.Println("impossible", v)
	case v := <-buf:
		fmt.Println("buf", v)
	}
	// Timer and Stop.
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t.Stop())
	t2 := time.NewTimer(5 * time.Millisecond)
	<-t2.C
	fmt.Println("timer 2 fired")
	// Closed channel in a select is always ready.
	cl := make(chan int)
	close(cl)
	select {
	case v, ok := <-cl:
		fmt.Println("closed:", v, ok)
	case <-time.After(time.Second):
		fmt.Println("unexpected")
	}
}
