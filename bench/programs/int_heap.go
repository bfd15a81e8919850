// int_heap: generic_heap.go written for int by hand (no type parameters):
// the same binary min-heap, pushed and popped 1M times, and the same
// ordered set (a sorted slice with binary search). The two must run at
// the same speed in minigo, as in Go.
package main

import "fmt"

type Heap struct {
	items []int
}

func (h *Heap) Push(v int) {
	h.items = append(h.items, v)
	i := len(h.items) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !(h.items[i] < h.items[p]) {
			break
		}
		h.items[i], h.items[p] = h.items[p], h.items[i]
		i = p
	}
}

func (h *Heap) Pop() int {
	top := h.items[0]
	n := len(h.items) - 1
	h.items[0] = h.items[n]
	h.items = h.items[:n]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && h.items[l] < h.items[m] {
			m = l
		}
		if r < n && h.items[r] < h.items[m] {
			m = r
		}
		if m == i {
			break
		}
		h.items[i], h.items[m] = h.items[m], h.items[i]
		i = m
	}
	return top
}

func (h *Heap) Len() int { return len(h.items) }

type Set struct {
	keys []int
}

func (s *Set) search(k int) int {
	lo, hi := 0, len(s.keys)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if s.keys[mid] < k {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func (s *Set) Add(k int) bool {
	i := s.search(k)
	if i < len(s.keys) && s.keys[i] == k {
		return false
	}
	var zero int
	s.keys = append(s.keys, zero)
	copy(s.keys[i+1:], s.keys[i:])
	s.keys[i] = k
	return true
}

func (s *Set) Has(k int) bool {
	i := s.search(k)
	return i < len(s.keys) && s.keys[i] == k
}

func main() {
	var h Heap
	x := uint32(12345)
	for i := 0; i < 1000000; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		h.Push(int(x % 1000003))
	}
	sum, prev, sorted := 0, -1, true
	for h.Len() > 0 {
		v := h.Pop()
		if v < prev {
			sorted = false
		}
		prev = v
		sum += v
	}
	fmt.Println("heap", sum, sorted)
	var s Set
	added, found := 0, 0
	for i := 0; i < 20000; i++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		if s.Add(int(x % 50000)) {
			added++
		}
	}
	for i := 0; i < 200000; i++ {
		if s.Has(i % 60000) {
			found++
		}
	}
	fmt.Println("set", added, found)
}
