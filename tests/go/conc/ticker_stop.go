// time.NewTicker delivers ticks at its period until Stop; after Stop no
// further tick arrives. Reset changes the period of a running ticker.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tk := time.NewTicker(5 * time.Millisecond)
	for i := 0; i < 4; i++ {
		<-tk.C
	}
	fmt.Println("4 ticks took at least 20ms:", time.Since(start) >= 20*time.Millisecond)
	tk.Reset(2 * time.Millisecond)
	<-tk.C
	fmt.Println("ticked after Reset")
	tk.Stop()
	select {
	case <-tk.C:
	default:
	}
	select {
	case <-tk.C:
		fmt.Println("tick after Stop")
	case <-time.After(40 * time.Millisecond):
		fmt.Println("no tick after Stop")
	}
}
