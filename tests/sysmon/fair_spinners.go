// Two goroutines that never block share one P: sysmon preempts each after
// its 10 ms time slice, so each gets about half of the time. Prints each
// one's share of the iterations in percent.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func spin(stop *atomic.Bool, count *int64) {
	n := int64(0)
	for !stop.Load() {
		for i := 0; i < 1000; i++ {
			n++
		}
		atomic.StoreInt64(count, n)
	}
}

func main() {
	var stop atomic.Bool
	var a, b int64
	go spin(&stop, &a)
	go spin(&stop, &b)
	time.Sleep(2 * time.Second)
	stop.Store(true)
	x, y := atomic.LoadInt64(&a), atomic.LoadInt64(&b)
	fmt.Printf("%d %d\n", x*100/(x+y), y*100/(x+y))
}
