// select with default: sends and receives that would block take the
// default case instead.
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	for i := 0; i < 4; i++ {
		select {
		case ch <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full at", i)
		}
	}
	for i := 0; i < 3; i++ {
		select {
		case v, ok := <-ch:
			fmt.Println("got", v, ok)
		default:
			fmt.Println("empty")
		}
	}
	var nilch chan int
	select {
	case nilch <- 1:
		fmt.Println("impossible")
	case <-nilch:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channels are never ready")
	}
	close(ch)
	select {
	case v, ok := <-ch:
		fmt.Println("closed:", v, ok)
	default:
		fmt.Println("not reached")
	}
}
