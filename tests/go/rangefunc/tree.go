// Iterators over a binary search tree: recursive yield (in order, pre
// order, with depth), early exit from deep recursion, and walking two
// trees.
package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) walk(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield)
}

// All yields the values in order.
func (t *Tree) All(yield func(int) bool) {
	t.walk(yield)
}

func (t *Tree) depths(d int, yield func(int, int) bool) bool {
	if t == nil {
		return true
	}
	return yield(d, t.Val) && t.Left.depths(d+1, yield) && t.Right.depths(d+1, yield)
}

// PreOrder yields (depth, value).
func (t *Tree) PreOrder(yield func(int, int) bool) {
	t.depths(0, yield)
}

var calls int

func (t *Tree) countingWalk(yield func(int) bool) bool {
	calls++
	if t == nil {
		return true
	}
	return t.Left.countingWalk(yield) && yield(t.Val) && t.Right.countingWalk(yield)
}

func main() {
	var t *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		t = t.Insert(v)
	}
	var vals []string
	for v := range t.All {
		vals = append(vals, fmt.Sprint(v))
	}
	fmt.Println(strings.Join(vals, " "))

	for d, v := range t.PreOrder {
		fmt.Printf("%s%d\n", strings.Repeat("  ", d), v)
	}

	// Stop deep in the recursion.
	for v := range t.All {
		if v > 40 {
			fmt.Println("first over 40:", v)
			break
		}
	}

	calls = 0
	for v := range func(y func(int) bool) { t.countingWalk(y) } {
		if v == 35 {
			break
		}
	}
	fmt.Println("walk calls until 35:", calls)

	// Sum of the values at even depths.
	sum := 0
	for d, v := range t.PreOrder {
		if d%2 == 0 {
			sum += v
		}
	}
	fmt.Println("even-depth sum:", sum)

	// Nested: pairs from two trees.
	var u *Tree
	for _, v := range []int{2, 1, 3} {
		u = u.Insert(v)
	}
	n := 0
	for a := range u.All {
		for b := range t.All {
			if b > 30 {
				break
			}
			n++
			fmt.Print(a, ":", b, " ")
		}
	}
	fmt.Println()
	fmt.Println("pairs:", n)

	var empty *Tree
	for v := range empty.All {
		fmt.Println("never", v)
	}
	fmt.Println("done")
}
