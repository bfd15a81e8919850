// runtime.Goexit ends a goroutine after running its deferred calls, in
// which recover finds no panic; the goroutine's caller never continues.
package main

import (
	"fmt"
	"runtime"
)

func inner(log *[]string) {
	defer func() {
		*log = append(*log, fmt.Sprint("inner defer, recover() = ", recover()))
	}()
	runtime.Goexit()
	*log = append(*log, "not reached after Goexit")
}

func worker(log *[]string, done chan<- bool) {
	defer func() { done <- true }()
	defer func() { *log = append(*log, "worker defer") }()
	inner(log)
	*log = append(*log, "not reached in worker")
}

func main() {
	var log []string
	done := make(chan bool)
	go worker(&log, done)
	<-done
	for _, l := range log {
		fmt.Println(l)
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
