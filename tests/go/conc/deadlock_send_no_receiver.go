// A send on an unbuffered channel waits for a receiver; once the only
// receiver has taken its one value and exited, the second send can never
// complete: all goroutines are asleep.
package main

import "fmt"

func main() {
	ch := make(chan string)
	go func() {
		fmt.Println("receiver got", <-ch)
	}()
	ch <- "first"
	ch <- "second"
	fmt.Println("not reached")
}
