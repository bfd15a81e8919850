package main

import (
	"container/heap"
	"fmt"
	"sort"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

// counting wraps IntHeap and counts the calls the heap functions make.
type counting struct {
	IntHeap
	less, swap int
}

func (c *counting) Less(i, j int) bool { c.less++; return c.IntHeap.Less(i, j) }
func (c *counting) Swap(i, j int)      { c.swap++; c.IntHeap.Swap(i, j) }
func (c *counting) Push(x any)         { c.IntHeap.Push(x) }
func (c *counting) Pop() any           { return c.IntHeap.Pop() }

var _ sort.Interface = IntHeap{}

func main() {
	h := &IntHeap{5, 2, 8, 1, 9, 3, 7}
	heap.Init(h)
	fmt.Println("init:", *h)
	heap.Push(h, 0)
	heap.Push(h, 6)
	fmt.Println("pushed:", *h, "min:", (*h)[0])
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	fmt.Println("popped:", out)

	// Empty and one-element heaps.
	e := &IntHeap{}
	heap.Init(e)
	heap.Push(e, 42)
	fmt.Println("one:", heap.Pop(e), e.Len())

	// A heap sort of pseudo-random numbers, counting comparisons.
	c := &counting{}
	x := uint32(12345)
	for i := 0; i < 50; i++ {
		x = x*1103515245 + 12345
		c.IntHeap = append(c.IntHeap, int(x>>16)%1000)
	}
	heap.Init(c)
	fmt.Println("init calls:", c.less, c.swap)
	prev := -1
	sorted := true
	for c.Len() > 0 {
		v := heap.Pop(c).(int)
		if v < prev {
			sorted = false
		}
		prev = v
	}
	fmt.Println("sorted:", sorted, "calls:", c.less, c.swap)

	// Fix and Remove at every position.
	for i := 0; i < 6; i++ {
		h := &IntHeap{10, 20, 30, 40, 50, 60}
		heap.Init(h)
		v := heap.Remove(h, i)
		(*h)[0] = 100
		heap.Fix(h, 0)
		fmt.Println("remove", i, "->", v, *h)
	}

	// Duplicates.
	d := &IntHeap{3, 3, 1, 1, 2, 2}
	heap.Init(d)
	for d.Len() > 0 {
		fmt.Print(heap.Pop(d), " ")
	}
	fmt.Println()
}
