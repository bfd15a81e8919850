package main

import (
	"fmt"
	"strings"
)

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

func (t *Tree) InOrder(visit func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t)
	t.Right.InOrder(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func (t *Tree) Find(k string) (*Tree, int) {
	depth := 0
	for t != nil {
		if k == t.Key {
			return t, depth
		}
		if k < t.Key {
			t = t.Left
		} else {
			t = t.Right
		}
		depth++
	}
	return nil, depth
}

func (t *Tree) Print(b *strings.Builder, prefix string) {
	if t == nil {
		return
	}
	t.Right.Print(b, prefix+"    ")
	fmt.Fprintf(b, "%s%s(%d)\n", prefix, t.Key, t.Count)
	t.Left.Print(b, prefix+"    ")
}

func levelOrder(t *Tree) [][]string {
	var levels [][]string
	queue := []*Tree{t}
	for len(queue) > 0 {
		var level []string
		next := []*Tree{}
		for _, n := range queue {
			if n == nil {
				continue
			}
			level = append(level, n.Key)
			next = append(next, n.Left, n.Right)
		}
		if len(level) > 0 {
			levels = append(levels, level)
		}
		queue = next
	}
	return levels
}

func main() {
	var root *Tree
	for _, w := range strings.Fields("m f t c h p w a d g k n r u z h m m a") {
		root = root.Insert(w)
	}
	var keys []string
	root.InOrder(func(n *Tree) { keys = append(keys, fmt.Sprintf("%s:%d", n.Key, n.Count)) })
	fmt.Println(strings.Join(keys, " "))
	fmt.Println("height:", root.Height())
	for _, k := range []string{"g", "m", "q", "z"} {
		n, d := root.Find(k)
		fmt.Println(k, n != nil, d)
	}
	var b strings.Builder
	root.Print(&b, "")
	fmt.Print(b.String())
	fmt.Println(levelOrder(root))
	var empty *Tree
	fmt.Println(empty.Height(), levelOrder(empty))
	// Degenerate tree from sorted input.
	var line *Tree
	for _, w := range []string{"a", "b", "c", "d", "e"} {
		line = line.Insert(w)
	}
	fmt.Println("degenerate height:", line.Height())
}
