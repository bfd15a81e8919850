package main

import (
	"fmt"
	"strings"
)

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

type treeNode[K Ordered, V any] struct {
	key         K
	val         V
	left, right *treeNode[K, V]
}

type Tree[K Ordered, V any] struct {
	root *treeNode[K, V]
	size int
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch {
		case k < (*p).key:
			p = &(*p).left
		case k > (*p).key:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = &treeNode[K, V]{key: k, val: v}
	t.size++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		if k < n.key {
			n = n.left
		} else if k > n.key {
			n = n.right
		} else {
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

func (t *Tree[K, V]) Walk(f func(K, V)) { walk(t.root, f) }

func walk[K Ordered, V any](n *treeNode[K, V], f func(K, V)) {
	if n == nil {
		return
	}
	walk(n.left, f)
	f(n.key, n.val)
	walk(n.right, f)
}

func (t *Tree[K, V]) Height() int { return height(t.root) }

func height[K Ordered, V any](n *treeNode[K, V]) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.left), height(n.right))
}

func (t *Tree[K, V]) Min() (K, bool) {
	if t.root == nil {
		var z K
		return z, false
	}
	n := t.root
	for n.left != nil {
		n = n.left
	}
	return n.key, true
}

// LessTree orders by a less function instead of a constraint.
type LessTree[T any] struct {
	less  func(a, b T) bool
	items []T
}

func (t *LessTree[T]) Insert(v T) {
	i := 0
	for i < len(t.items) && t.less(t.items[i], v) {
		i++
	}
	t.items = append(t.items, v)
	copy(t.items[i+1:], t.items[i:])
	t.items[i] = v
}

func main() {
	var t Tree[string, int]
	for i, w := range strings.Fields("m f t b h p w a c") {
		t.Put(w, i)
	}
	t.Put("h", 100)
	var b strings.Builder
	t.Walk(func(k string, v int) { fmt.Fprintf(&b, "%s=%d ", k, v) })
	fmt.Println(b.String())
	fmt.Println("size", t.size, "height", t.Height())
	for _, k := range []string{"h", "z", "a"} {
		v, ok := t.Get(k)
		fmt.Println(k, v, ok)
	}
	m, ok := t.Min()
	fmt.Println("min", m, ok)
	var ft Tree[float64, []string]
	ft.Put(2.5, []string{"x"})
	ft.Put(-1, nil)
	ft.Walk(func(k float64, v []string) { fmt.Println(k, v, len(v)) })
	var empty Tree[int, int]
	fmt.Println(empty.Min())
	fmt.Println(empty.Height())
	lt := &LessTree[string]{less: func(a, b string) bool { return len(a) < len(b) }}
	for _, w := range []string{"ccc", "a", "dddd", "bb", "e"} {
		lt.Insert(w)
	}
	fmt.Println(lt.items)
}
