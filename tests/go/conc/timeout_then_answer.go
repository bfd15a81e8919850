// A slow worker misses the first, short timeout; waiting again on the
// same result channel with a long timeout gets its answer. The margins
// (10 ms against 100 ms against 5 s) keep the order fixed.
package main

import (
	"fmt"
	"time"
)

func main() {
	result := make(chan string)
	go func() {
		time.Sleep(100 * time.Millisecond)
		result <- "computed"
	}()
	for attempt := 1; attempt <= 2; attempt++ {
		limit := 10 * time.Millisecond
		if attempt == 2 {
			limit = 5 * time.Second
		}
		select {
		case r := <-result:
			fmt.Println("attempt", attempt, "got", r)
		case <-time.After(limit):
			fmt.Println("attempt", attempt, "timed out after", limit)
		}
	}
}
