// Trees of pointers built and summed in a loop (garbage for the
// collector), pointer and value methods, promoted methods through an
// embedded struct, pointers to slice elements, new.
package main

import "fmt"

type Node struct {
	left, right *Node
	val         int
}

func build(d int) *Node {
	if d == 0 {
		return &Node{val: 1}
	}
	return &Node{left: build(d - 1), right: build(d - 1), val: d}
}

func (n *Node) sum() int {
	if n == nil {
		return 0
	}
	return n.val + n.left.sum() + n.right.sum()
}

type Counter struct {
	n    int
	name string
}

func (c *Counter) Add(k int) { c.n += k }
func (c Counter) Get() int   { return c.n }

type Wrapper struct {
	Counter
	extra int
}

func main() {
	total := 0
	for i := 0; i < 20; i++ {
		total += build(10).sum()
	}
	fmt.Println("total:", total)
	var c Counter
	c.Add(5)
	c.Add(7)
	fmt.Println(c.Get(), c.n)
	w := Wrapper{extra: 3}
	w.Add(10)
	w.Counter.Add(1)
	fmt.Println(w.Get(), w.n, w.extra)
	p := &w
	p.Add(100)
	fmt.Println(p.Get(), p.Counter.n)
	xs := []Counter{{n: 1}, {n: 2}}
	xs[1].Add(40)
	q := &xs[0]
	q.n = 9
	fmt.Println(xs[0].Get(), xs[1].Get(), len(xs))
	pi := new(int)
	*pi = 41
	*pi++
	fmt.Println(*pi)
}
