// sync.Mutex is not reentrant: locking it again in the goroutine that
// holds it waits forever for itself, and with nothing else running the
// runtime reports a deadlock.
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

func (c *counter) incTwice() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.inc()
	c.inc()
}

func main() {
	c := &counter{}
	c.inc()
	fmt.Println("n =", c.n)
	c.incTwice()
}
