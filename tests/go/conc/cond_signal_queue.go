// sync.Cond as a bounded queue: consumers Wait in a loop while the
// queue is empty, the producer Signals after each push and Broadcasts
// when it closes the queue; every item is taken exactly once.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type queue struct {
	mu     sync.Mutex
	cond   *sync.Cond
	items  []int
	closed bool
}

func (q *queue) push(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *queue) close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

func (q *queue) pop() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.cond.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func main() {
	q := &queue{}
	q.cond = sync.NewCond(&q.mu)
	got := make(chan []int)
	for c := 0; c < 3; c++ {
		go func() {
			var mine []int
			for {
				v, ok := q.pop()
				if !ok {
					break
				}
				mine = append(mine, v)
			}
			got <- mine
		}()
	}
	for i := 1; i <= 30; i++ {
		q.push(i)
	}
	q.close()
	var all []int
	for c := 0; c < 3; c++ {
		all = append(all, <-got...)
	}
	sort.Ints(all)
	fmt.Println(len(all), all[0], all[len(all)-1])
}
