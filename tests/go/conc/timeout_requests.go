// Per-request timeouts with select and time.After: a backend that
// answers at once (the reply is already buffered) always wins against a
// generous timeout, one that never answers always loses to a short one.
package main

import (
	"fmt"
	"time"
)

func call(name string, answer bool) <-chan string {
	reply := make(chan string, 1)
	if answer {
		reply <- "reply from " + name
	}
	return reply
}

func main() {
	backends := []struct {
		name   string
		answer bool
	}{{"a", true}, {"b", false}, {"c", true}, {"d", false}, {"e", true}}
	ok, timedOut := 0, 0
	for _, b := range backends {
		var limit time.Duration = 2 * time.Second
		if !b.answer {
			limit = 5 * time.Millisecond
		}
		select {
		case r := <-call(b.name, b.answer):
			fmt.Println(b.name, "->", r)
			ok++
		case <-time.After(limit):
			fmt.Println(b.name, "-> timeout")
			timedOut++
		}
	}
	fmt.Println("ok", ok, "timed out", timedOut)
}
