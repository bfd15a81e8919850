// Goroutines that sleep wake in the order of their deadlines; a program
// that only waits for sleepers is not deadlocked; Sleep of no time
// returns at once.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(0)
	time.Sleep(-5)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("slept at least 20ms:", time.Since(start) >= 20*time.Millisecond)
	out := make(chan int)
	for _, n := range []int{4, 1, 3, 5, 2} {
		go func(n int) {
			time.Sleep(time.Duration(n) * 30 * time.Millisecond)
			out <- n
		}(n)
	}
	for i := 0; i < 5; i++ {
		fmt.Print(<-out, " ")
	}
	fmt.Println()
}
