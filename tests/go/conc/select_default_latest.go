// "Keep only the latest value": a one-slot channel where the sender
// discards a stale value with a non-blocking receive before a
// non-blocking send. Without a reader, only the last value survives.
package main

import "fmt"

func offer(ch chan int, v int) (dropped bool) {
	select {
	case <-ch:
		dropped = true
	default:
	}
	select {
	case ch <- v:
	default:
		panic("slot still full")
	}
	return
}

func main() {
	latest := make(chan int, 1)
	drops := 0
	for v := 1; v <= 6; v++ {
		if offer(latest, v*v) {
			drops++
		}
		fmt.Println("offered", v*v, "len", len(latest))
	}
	fmt.Println("dropped", drops, "kept", <-latest)
	select {
	case v := <-latest:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("slot empty")
	}
}
