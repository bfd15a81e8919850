package main

import (
	"fmt"
	"strings"
)

type entry[K comparable, V any] struct {
	key        K
	val        V
	prev, next *entry[K, V]
}

type LRU[K comparable, V any] struct {
	cap     int
	items   map[K]*entry[K, V]
	head    entry[K, V] // sentinel: head.next is most recent
	evicted func(K, V)
}

func NewLRU[K comparable, V any](capacity int, onEvict func(K, V)) *LRU[K, V] {
	c := &LRU[K, V]{cap: capacity, items: map[K]*entry[K, V]{}, evicted: onEvict}
	c.head.next = &c.head
	c.head.prev = &c.head
	return c
}

func (c *LRU[K, V]) unlink(e *entry[K, V]) {
	e.prev.next = e.next
	e.next.prev = e.prev
}

func (c *LRU[K, V]) pushFront(e *entry[K, V]) {
	e.next = c.head.next
	e.prev = &c.head
	c.head.next.prev = e
	c.head.next = e
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if e, ok := c.items[k]; ok {
		c.unlink(e)
		c.pushFront(e)
		return e.val, true
	}
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.items[k]; ok {
		e.val = v
		c.unlink(e)
		c.pushFront(e)
		return
	}
	e := &entry[K, V]{key: k, val: v}
	c.items[k] = e
	c.pushFront(e)
	if len(c.items) > c.cap {
		old := c.head.prev
		c.unlink(old)
		delete(c.items, old.key)
		if c.evicted != nil {
			c.evicted(old.key, old.val)
		}
	}
}

func (c *LRU[K, V]) String() string {
	var parts []string
	for e := c.head.next; e != &c.head; e = e.next {
		parts = append(parts, fmt.Sprintf("%v:%v", e.key, e.val))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := NewLRU(3, func(k string, v int) { fmt.Println("evict", k, v) })
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	fmt.Println(c.Get("a"))
	c.Put("d", 4)
	fmt.Println(c)
	fmt.Println(c.Get("b"))
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println(c, len(c.items))
	fib := NewLRU[int, uint64](60, nil)
	var calls int
	var f func(n int) uint64
	f = func(n int) uint64 {
		calls++
		if n < 2 {
			return uint64(n)
		}
		if v, ok := fib.Get(n); ok {
			return v
		}
		v := f(n-1) + f(n-2)
		fib.Put(n, v)
		return v
	}
	fmt.Println(f(50), calls, len(fib.items))
	small := NewLRU[int, uint64](2, nil)
	small.Put(1, 1)
	small.Put(2, 2)
	small.Get(1)
	small.Put(3, 3)
	fmt.Println(small)
}
