package main

import (
	"fmt"
	"sort"
)

type Trie[V any] struct {
	children map[rune]*Trie[V]
	val      V
	has      bool
}

func (t *Trie[V]) Put(key string, v V) {
	n := t
	for _, r := range key {
		if n.children == nil {
			n.children = map[rune]*Trie[V]{}
		}
		c, ok := n.children[r]
		if !ok {
			c = &Trie[V]{}
			n.children[r] = c
		}
		n = c
	}
	n.val, n.has = v, true
}

func (t *Trie[V]) Get(key string) (V, bool) {
	n := t
	for _, r := range key {
		n = n.children[r]
		if n == nil {
			var zero V
			return zero, false
		}
	}
	return n.val, n.has
}

func (t *Trie[V]) WithPrefix(prefix string) []string {
	n := t
	for _, r := range prefix {
		n = n.children[r]
		if n == nil {
			return nil
		}
	}
	var out []string
	var walk func(*Trie[V], string)
	walk = func(n *Trie[V], acc string) {
		if n.has {
			out = append(out, acc)
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			walk(n.children[r], acc+string(r))
		}
	}
	walk(n, prefix)
	return out
}

func main() {
	var t Trie[int]
	for i, w := range []string{"car", "cart", "cat", "dog", "do", "card", "çà"} {
		t.Put(w, i)
	}
	fmt.Println(t.WithPrefix("ca"))
	fmt.Println(t.WithPrefix("do"), t.WithPrefix("x"), t.WithPrefix(""))
	for _, k := range []string{"cat", "ca", "çà", "dogs"} {
		v, ok := t.Get(k)
		fmt.Println(k, v, ok)
	}
	var ft Trie[[]float64]
	ft.Put("pi", []float64{3.14})
	v, ok := ft.Get("pi")
	fmt.Println(v, ok)
}
