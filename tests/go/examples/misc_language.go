package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Acc struct {
	mu    sync.Mutex
	name  string
	total int
}

func (a *Acc) Add(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	a.mu.Lock()
	a.total += n
	a.mu.Unlock()
}

type Snap struct{ v int }

func (s Snap) Report(tag string) { fmt.Println(tag, s.v) }

type Reader interface{ Read() string }
type Closer interface{ Close() string }
type ReadCloser interface {
	Reader
	Closer
	Read() string // overlapping method (Go 1.14)
}

type file struct{ name string }

func (f file) Read() string  { return "read " + f.name }
func (f file) Close() string { return "close " + f.name }

type Op struct {
	Name string
	Fn   func(int, int) int
}

type Tree struct {
	Kids map[string]*Tree
}

func (t *Tree) Add(path string) {
	cur := t
	for _, p := range strings.Split(path, "/") {
		if cur.Kids == nil {
			cur.Kids = map[string]*Tree{}
		}
		next, ok := cur.Kids[p]
		if !ok {
			next = &Tree{}
			cur.Kids[p] = next
		}
		cur = next
	}
}

func (t *Tree) Dump(indent string, out *[]string) {
	keys := make([]string, 0, len(t.Kids))
	for k := range t.Kids {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		*out = append(*out, indent+k)
		t.Kids[k].Dump(indent+"  ", out)
	}
}

func main() {
	a := &Acc{name: "acc"}
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go a.Add(i, &wg)
	}
	wg.Wait()
	fmt.Println(a.name, a.total)

	// A deferred value-receiver method copies its receiver at the defer statement.
	s := Snap{1}
	func() {
		defer s.Report("deferred value receiver:")
		s.v = 2
		report := s.Report
		s.v = 3
		report("method value:")
	}()

	var rc ReadCloser = file{"a.txt"}
	fmt.Println(rc.Read(), rc.Close())
	var r Reader = rc
	fmt.Println(r.Read())

	ops := []Op{
		{"add", func(a, b int) int { return a + b }},
		{"pow", func(a, b int) int {
			out := 1
			for range b {
				out *= a
			}
			return out
		}},
	}
	for _, op := range ops {
		fmt.Println(op.Name, op.Fn(2, 10))
	}

	t := &Tree{}
	for _, p := range []string{"usr/bin/go", "usr/lib", "etc/hosts", "usr/bin/gofmt"} {
		t.Add(p)
	}
	var lines []string
	t.Dump("", &lines)
	fmt.Println(strings.Join(lines, "\n"))

	// Type switch with an init statement.
	switch v := interface{}(ops[0]); x := v.(type) {
	case Op:
		fmt.Println("an Op named", x.Name)
	}
	// Goroutine with a method expression.
	done := make(chan string)
	go func(f func(file) string, fl file) { done <- f(fl) }(file.Close, file{"b"})
	fmt.Println(<-done)
	// Closures over arrays capture the variable, not a copy.
	arr := [3]int{1, 2, 3}
	inc := func() { arr[0]++ }
	inc()
	inc()
	cp := arr
	inc()
	fmt.Println(arr, cp)
	// Channel of arrays copies them.
	ch := make(chan [2]string, 1)
	pair := [2]string{"x", "y"}
	ch <- pair
	pair[0] = "changed"
	fmt.Println(<-ch, pair)
}
