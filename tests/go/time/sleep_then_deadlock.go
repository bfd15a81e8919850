// Sleeping is not a deadlock, but waiting on a channel nobody will send
// on is, once the sleepers are done.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		time.Sleep(30 * time.Millisecond)
		fmt.Println("sleeper done")
	}()
	time.Sleep(60 * time.Millisecond)
	fmt.Println("main awake")
	<-make(chan int)
}
