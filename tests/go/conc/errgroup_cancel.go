// errgroup-like cancellation: the first error closes a done channel
// (guarded by sync.Once) and is kept; the other tasks, waiting on done,
// return as cancelled. Only one task can fail, so the result is fixed.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type group struct {
	wg      sync.WaitGroup
	once    sync.Once
	done    chan struct{}
	err     error
	cancels int
	mu      sync.Mutex
}

func (g *group) Go(f func(done <-chan struct{}) error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(g.done); err != nil {
			g.once.Do(func() {
				g.err = err
				close(g.done)
			})
		}
	}()
}

func (g *group) Wait() error {
	g.wg.Wait()
	return g.err
}

var errCancelled = errors.New("cancelled")

func main() {
	g := &group{done: make(chan struct{})}
	for i := 0; i < 6; i++ {
		g.Go(func(done <-chan struct{}) error {
			if i == 4 {
				return fmt.Errorf("task %d failed", i)
			}
			<-done
			g.mu.Lock()
			g.cancels++
			g.mu.Unlock()
			return errCancelled
		})
	}
	err := g.Wait()
	fmt.Println("error:", err)
	fmt.Println("cancelled tasks:", g.cancels)
	_, open := <-g.done
	fmt.Println("done open:", open)
}
