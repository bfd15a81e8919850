// A goroutine spins with no calls while main sleeps 1 ms fifty times on
// one P: each wake-up must come soon, not after the spinner's whole time
// slice, and the program must end. Prints the worst lateness in ms.
package main

import (
	"fmt"
	"time"
)

var sink int

func main() {
	go func() {
		x := 1
		for {
			x = x*1664525 + 1013904223
			sink = x
		}
	}()
	worst := time.Duration(0)
	for i := 0; i < 50; i++ {
		t0 := time.Now()
		time.Sleep(time.Millisecond)
		if late := time.Since(t0) - time.Millisecond; late > worst {
			worst = late
		}
	}
	fmt.Println(worst.Milliseconds())
}
