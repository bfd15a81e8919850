// Ranging over a channel ends only when it is closed: a producer that
// forgets to close leaves the consumer waiting forever for more.
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		for i := 1; i <= 4; i++ {
			ch <- i * i
		}
	}()
	for v := range ch {
		fmt.Println("got", v)
	}
	fmt.Println("not reached")
}
