package main

import (
	"fmt"
	"sort"
	"strings"
)

type Handler[E any] func(E) error

type Bus[E any] struct {
	subs   map[string][]Handler[E]
	errors []error
}

func NewBus[E any]() *Bus[E] { return &Bus[E]{subs: map[string][]Handler[E]{}} }

func (b *Bus[E]) On(topic string, h Handler[E]) func() {
	b.subs[topic] = append(b.subs[topic], h)
	idx := len(b.subs[topic]) - 1
	return func() { b.subs[topic][idx] = nil }
}

func (b *Bus[E]) Emit(topic string, e E) int {
	n := 0
	for _, h := range b.subs[topic] {
		if h == nil {
			continue
		}
		n++
		if err := h(e); err != nil {
			b.errors = append(b.errors, fmt.Errorf("%s: %w", topic, err))
		}
	}
	return n
}

func (b *Bus[E]) Topics() []string {
	var ts []string
	for t := range b.subs {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	return ts
}

type Order struct {
	ID    int
	Total float64
}

func main() {
	bus := NewBus[Order]()
	var log []string
	bus.On("created", func(o Order) error {
		log = append(log, fmt.Sprintf("audit %d", o.ID))
		return nil
	})
	unsub := bus.On("created", func(o Order) error {
		if o.Total > 100 {
			return fmt.Errorf("order %d over limit (%.2f)", o.ID, o.Total)
		}
		log = append(log, fmt.Sprintf("ok %d", o.ID))
		return nil
	})
	bus.On("shipped", func(o Order) error { log = append(log, fmt.Sprint("ship ", o.ID)); return nil })
	fmt.Println(bus.Emit("created", Order{1, 50}))
	fmt.Println(bus.Emit("created", Order{2, 500}))
	unsub()
	fmt.Println(bus.Emit("created", Order{3, 999}))
	fmt.Println(bus.Emit("shipped", Order{1, 50}), bus.Emit("nobody", Order{}))
	fmt.Println(strings.Join(log, "; "))
	fmt.Println(bus.errors, bus.Topics())
	sbus := NewBus[string]()
	sbus.On("x", func(s string) error { fmt.Println("got", s); return nil })
	sbus.Emit("x", "hello")
}
