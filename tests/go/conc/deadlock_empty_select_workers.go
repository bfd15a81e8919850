// Goroutines parked for good in an empty select, a receive from a nil
// channel, and main waiting on a WaitGroup that only they could finish:
// none can ever run again, so the runtime reports a deadlock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	parked := make(chan string)
	wg.Add(2)
	go func() {
		defer wg.Done()
		parked <- "empty select"
		select {}
	}()
	go func() {
		defer wg.Done()
		var never chan int
		parked <- "nil receive"
		<-never
	}()
	got := map[string]bool{}
	got[<-parked] = true
	got[<-parked] = true
	fmt.Println(got)
	wg.Wait()
}
