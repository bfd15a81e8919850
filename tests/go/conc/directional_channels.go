// Directional channel types: a bidirectional channel converts
// implicitly to send-only or receive-only, functions return receive-only
// channels, structs and slices hold directional channels, and %T shows
// the direction.
package main

import "fmt"

type conn struct {
	in  <-chan int
	out chan<- int
}

func counter(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- i
		}
	}()
	return ch
}

func doubler(c conn) {
	for v := range c.in {
		c.out <- 2 * v
	}
	close(c.out)
}

func sink(in <-chan int, done chan<- []int) {
	var got []int
	for v := range in {
		got = append(got, v)
	}
	done <- got
}

func main() {
	mid := make(chan int)
	done := make(chan []int)
	go doubler(conn{in: counter(6), out: mid})
	go sink(mid, done)
	fmt.Println(<-done)
	var sendOnly chan<- int = mid
	var recvOnly <-chan int = mid
	fmt.Printf("%T %T %T\n", mid, sendOnly, recvOnly)
	outs := []chan<- string{make(chan string, 1), make(chan string, 1)}
	for i, o := range outs {
		o <- fmt.Sprint("slot", i)
	}
	fmt.Println(len(outs[0]), cap(outs[1]))
	cc := make(chan chan<- int, 1)
	cc <- make(chan int, 1)
	fmt.Printf("%T %T\n", cc, <-cc)
}
