// sync.Map's single-goroutine semantics: Load, Store, LoadOrStore,
// LoadAndDelete, Delete, Swap, CompareAndSwap, CompareAndDelete, and
// Range (whose keys are sorted before printing).
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	m.Store("a", 1)
	m.Store("b", 2)
	v, ok = m.Load("a")
	fmt.Println(v, ok)
	act, loaded := m.LoadOrStore("a", 100)
	fmt.Println(act, loaded)
	act, loaded = m.LoadOrStore("c", 3)
	fmt.Println(act, loaded)
	prev, loaded := m.Swap("b", 20)
	fmt.Println(prev, loaded)
	prev, loaded = m.Swap("d", 4)
	fmt.Println(prev, loaded)
	fmt.Println(m.CompareAndSwap("b", 2, 99), m.CompareAndSwap("b", 20, 21))
	fmt.Println(m.CompareAndDelete("c", 4), m.CompareAndDelete("c", 3))
	v, loaded = m.LoadAndDelete("d")
	fmt.Println(v, loaded)
	v, loaded = m.LoadAndDelete("d")
	fmt.Println(v, loaded)
	m.Delete("zzz")
	m.Store("e", "five")
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	n := 0
	m.Range(func(k, v any) bool { n++; return false })
	fmt.Println("range stopped after", n)
}
