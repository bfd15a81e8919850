// The program ends when main returns, even with goroutines still running
// or runnable.
package main

import (
	"fmt"
	"runtime"
)

func spin(counter *int) {
	for {
		*counter++
		if *counter%1000 == 0 {
			runtime.Gosched()
		}
	}
}

func main() {
	var n int
	for i := 0; i < 4; i++ {
		go spin(&n)
	}
	fmt.Println("started", runtime.NumGoroutine()-1, "spinners")
}
