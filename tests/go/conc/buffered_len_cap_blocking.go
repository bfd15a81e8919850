// len and cap of a buffered channel as a producer fills it: once the
// buffer is full the producer blocks in its next send, and each receive
// by main lets exactly one more value in.
package main

import "fmt"

func main() {
	ch := make(chan int, 4)
	fmt.Println("empty:", len(ch), cap(ch))
	filled := make(chan bool)
	sentAll := make(chan bool)
	go func() {
		for i := 0; i < cap(ch); i++ {
			ch <- i
		}
		filled <- true
		ch <- 100
		ch <- 101
		sentAll <- true
	}()
	<-filled
	fmt.Println("full:", len(ch), cap(ch))
	fmt.Println("got", <-ch)
	fmt.Println("got", <-ch)
	<-sentAll
	fmt.Println("full again:", len(ch))
	close(ch)
	var rest []int
	for v := range ch {
		rest = append(rest, v)
		fmt.Print(len(ch), " ")
	}
	fmt.Println()
	fmt.Println("rest:", rest, "cap after close:", cap(ch))
}
