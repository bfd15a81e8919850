// When main calls runtime.Goexit, the other goroutines go on; once the
// last one ends, the program dies: no goroutine is left to run.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		<-done
		fmt.Println("worker still ran after main's Goexit")
	}()
	// close runs last: the worker prints after main's deferred Println.
	defer close(done)
	defer fmt.Println("main's deferred call runs")
	runtime.Goexit()
}
