package main

import (
	"fmt"
	"strings"
)

// OrderedMap remembers insertion order.
type OrderedMap[K comparable, V any] struct {
	keys []K
	m    map[K]V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{m: make(map[K]V)}
}

func (o *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := o.m[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.m[k] = v
}

func (o *OrderedMap[K, V]) Get(k K) (V, bool) { v, ok := o.m[k]; return v, ok }

func (o *OrderedMap[K, V]) Delete(k K) bool {
	if _, ok := o.m[k]; !ok {
		return false
	}
	delete(o.m, k)
	for i, kk := range o.keys {
		if kk == k {
			o.keys = append(o.keys[:i], o.keys[i+1:]...)
			break
		}
	}
	return true
}

func (o *OrderedMap[K, V]) Each(f func(K, V) bool) {
	for _, k := range o.keys {
		if !f(k, o.m[k]) {
			return
		}
	}
}

func (o *OrderedMap[K, V]) String() string {
	var parts []string
	o.Each(func(k K, v V) bool {
		parts = append(parts, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	return "{" + strings.Join(parts, ", ") + "}"
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) *OrderedMap[K, []T] {
	g := NewOrderedMap[K, []T]()
	for _, x := range xs {
		k := key(x)
		cur, _ := g.Get(k)
		g.Set(k, append(cur, x))
	}
	return g
}

func main() {
	om := NewOrderedMap[string, int]()
	for i, k := range strings.Fields("zeta alpha mid alpha last") {
		om.Set(k, i)
	}
	fmt.Println(om, len(om.keys))
	fmt.Println(om.Delete("mid"), om.Delete("nope"), om)
	v, ok := om.Get("alpha")
	fmt.Println(v, ok)
	count := 0
	om.Each(func(k string, v int) bool { count++; return k != "alpha" })
	fmt.Println("visited", count)
	g := GroupBy(strings.Fields("apple avocado banana blueberry cherry apricot"), func(s string) byte { return s[0] })
	g.Each(func(k byte, v []string) bool { fmt.Printf("%c %v\n", k, v); return true })
	byLen := GroupBy([]int{1, 22, 333, 4, 55}, func(n int) int { return len(fmt.Sprint(n)) })
	fmt.Println(byLen)
}
