package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Key         string
	Count       int
}

func (t *Tree) Insert(k string) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Insert(k)
	case k > t.Key:
		t.Right = t.Right.Insert(k)
	default:
		t.Count++
	}
	return t
}

func (t *Tree) Walk(f func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t)
	t.Right.Walk(f)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func (t *Tree) Size() int {
	if t == nil {
		return 0
	}
	return 1 + t.Left.Size() + t.Right.Size()
}

func main() {
	var root *Tree
	for _, w := range []string{"m", "c", "x", "a", "e", "c", "z", "m", "m", "b"} {
		root = root.Insert(w)
	}
	root.Walk(func(t *Tree) { fmt.Printf("%s:%d ", t.Key, t.Count) })
	fmt.Println()
	fmt.Println(root.Height(), root.Size())
	var keys []string
	root.Walk(func(t *Tree) {
		if t.Count > 1 {
			keys = append(keys, t.Key)
		}
	})
	fmt.Println(keys)
}
