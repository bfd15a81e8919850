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
	defer fmt.Println("main's deferred call runs")
	defer close(done)
	runtime.Goexit()
}
