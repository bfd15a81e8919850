// Several producers share one channel: the interleaving between senders
// is arbitrary, but the values of any one sender arrive in the order it
// sent them (a channel is FIFO for each sender).
package main

import "fmt"

type msg struct {
	from, seq int
}

func main() {
	const producers, each = 5, 200
	ch := make(chan msg, 7)
	for p := 0; p < producers; p++ {
		go func() {
			for i := 0; i < each; i++ {
				ch <- msg{p, i}
			}
		}()
	}
	next := make([]int, producers)
	outOfOrder := 0
	for i := 0; i < producers*each; i++ {
		m := <-ch
		if m.seq != next[m.from] {
			outOfOrder++
		}
		next[m.from] = m.seq + 1
	}
	fmt.Println("next expected per producer:", next)
	fmt.Println("out of order:", outOfOrder)
	fmt.Println("left in channel:", len(ch))
}
