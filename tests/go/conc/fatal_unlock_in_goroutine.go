// A Mutex unlocked twice, the second time by another goroutine: "fatal
// error: sync: unlock of unlocked mutex" ends the program even though
// main is blocked elsewhere.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	released, ack := make(chan bool), make(chan bool)
	go func() {
		mu.Unlock()
		released <- true
		<-ack
		mu.Unlock()
	}()
	<-released
	fmt.Println("unlocked by the goroutine")
	ack <- true
	<-make(chan int)
}
