// sync.Cond as a work queue (Signal per item, Broadcast at the end),
// sync.Map's operations, sync.Pool reuse and sync.OnceFunc.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
	done  bool
}

func main() {
	q := &queue{}
	q.cond = sync.NewCond(&q.mu)
	var wg sync.WaitGroup
	results := make([][]int, 3)
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for {
				q.mu.Lock()
				for len(q.items) == 0 && !q.done {
					q.cond.Wait()
				}
				if len(q.items) == 0 {
					q.mu.Unlock()
					return
				}
				x := q.items[0]
				q.items = q.items[1:]
				q.mu.Unlock()
				results[w] = append(results[w], x*x)
			}
		}(w)
	}
	for i := 1; i <= 30; i++ {
		q.mu.Lock()
		q.items = append(q.items, i)
		q.mu.Unlock()
		q.cond.Signal()
	}
	q.mu.Lock()
	q.done = true
	q.mu.Unlock()
	q.cond.Broadcast()
	wg.Wait()
	var all []int
	for _, r := range results {
		all = append(all, r...)
	}
	sort.Ints(all)
	fmt.Println(len(all), all[:5], all[len(all)-1])

	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	act, loaded := m.LoadOrStore("a", 9)
	fmt.Println(act, loaded)
	act, loaded = m.LoadOrStore("c", 3)
	fmt.Println(act, loaded)
	fmt.Println(m.CompareAndSwap("b", 2, 20), m.CompareAndSwap("b", 2, 30))
	prev, loaded := m.Swap("c", 33)
	fmt.Println(prev, loaded)
	m.Delete("a")
	v, loaded = m.LoadAndDelete("zz")
	fmt.Println(v, loaded)
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)

	p := sync.Pool{New: func() any { return new(int) }}
	x := p.Get().(*int)
	*x = 42
	p.Put(x)
	y := p.Get().(*int)
	fmt.Println(*y)
	f := sync.OnceFunc(func() { fmt.Println("once!") })
	f()
	f()
	c := sync.NewCond(&sync.Mutex{})
	c.L.Lock()
}
