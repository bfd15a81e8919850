// Main and a goroutine each wait for the other to send first: no
// goroutine can ever run again, so the runtime reports a deadlock and
// lists both.
package main

import "fmt"

func main() {
	a, b := make(chan int), make(chan int)
	go func() {
		v := <-a
		b <- v
	}()
	fmt.Println("waiting")
	<-b
	a <- 1
}
