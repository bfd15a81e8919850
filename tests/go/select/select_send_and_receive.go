// One select both sends and receives: each round exactly one case runs,
// and every value is accounted for.
package main

import "fmt"

func main() {
	in := make(chan int)
	out := make(chan int)
	go func() {
		for i := 0; i < 50; i++ {
			in <- i
		}
		close(in)
	}()
	got := make(chan int)
	go func() {
		total := 0
		for v := range out {
			total += v
		}
		got <- total
	}()
	var pending []int
	received, sent := 0, 0
	for in != nil || len(pending) > 0 {
		var send chan int
		next := 0
		if len(pending) > 0 {
			send = out
			next = pending[0]
		}
		select {
		case v, ok := <-in:
			if !ok {
				in = nil
				break
			}
			received++
			pending = append(pending, v*2)
		case send <- next:
			sent++
			pending = pending[1:]
		}
	}
	close(out)
	fmt.Println("received", received, "sent", sent, "total", <-got)
}
