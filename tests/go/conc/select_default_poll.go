// select with default never blocks: a poll loop tries a receive, and on
// default yields with runtime.Gosched so the producer can run even on
// one thread. The polls that found nothing are not printed (their number
// depends on scheduling), only what was received.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	ch := make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			ch <- i * 11
		}
		close(ch)
	}()
	var got []int
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				fmt.Println("got", got)
				return
			}
			got = append(got, v)
		default:
			runtime.Gosched()
		}
	}
}
