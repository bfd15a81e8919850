// With one P, a goroutine started by main runs when main yields, and
// goroutines that yield to each other take turns.
package main

import (
	"fmt"
	"runtime"
)

var log []string

func worker(name string, n int) {
	for i := 0; i < n; i++ {
		log = append(log, fmt.Sprintf("%s%d", name, i))
		runtime.Gosched()
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	go worker("a", 3)
	runtime.Gosched()
	fmt.Println("after first yield:", log)
	for len(log) < 3 {
		runtime.Gosched()
	}
	fmt.Println(log)
}
