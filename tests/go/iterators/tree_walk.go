package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

// push walks recursively and reports whether to keep going.
func (t *Tree) push(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.push(yield) && yield(t.Val) && t.Right.push(yield)
}

func (t *Tree) InOrder() func(func(int) bool) {
	return func(yield func(int) bool) { t.push(yield) }
}

func (t *Tree) Levels() func(func(int, int) bool) {
	return func(yield func(int, int) bool) {
		type item struct {
			t     *Tree
			depth int
		}
		queue := []item{{t, 0}}
		for len(queue) > 0 {
			it := queue[0]
			queue = queue[1:]
			if it.t == nil {
				continue
			}
			if !yield(it.depth, it.t.Val) {
				return
			}
			queue = append(queue, item{it.t.Left, it.depth + 1}, item{it.t.Right, it.depth + 1})
		}
	}
}

func main() {
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = insert(root, v)
	}
	for v := range root.InOrder() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v := range root.InOrder() {
		if v > 40 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for d, v := range root.Levels() {
		fmt.Printf("%d:%d ", d, v)
	}
	fmt.Println()
	var empty *Tree
	n := 0
	for range empty.InOrder() {
		n++
	}
	fmt.Println("empty", n)
	// Two trees compared in lockstep by collecting one.
	var a []int
	for v := range root.InOrder() {
		a = append(a, v)
	}
	fmt.Println(len(a), a[len(a)-1])
}
