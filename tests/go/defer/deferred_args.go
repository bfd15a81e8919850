package main

import "fmt"

type counter struct{ hits int }

func (c *counter) report(tag string) { fmt.Println(tag, "hits:", c.hits) }

func (c counter) snapshot(tag string) { fmt.Println(tag, "snapshot:", c.hits) }

func trace(name string) string {
	fmt.Println("enter", name)
	return name
}

func leave(name string) { fmt.Println("leave", name) }

func work(n int) int {
	defer leave(trace("work"))
	c := &counter{}
	defer c.report("pointer")
	defer c.snapshot("value")
	for i := 0; i < n; i++ {
		c.hits++
		defer fmt.Println("iteration", i, "of", n)
	}
	total := 0
	defer func() { fmt.Println("closure sees total", total) }()
	for i := 1; i <= n; i++ {
		total += i
	}
	return total
}

func nested() {
	defer fmt.Println("outer last")
	func() {
		defer fmt.Println("inner deferred")
		fmt.Println("inner body")
	}()
	fmt.Println("outer body")
}

func main() {
	fmt.Println("result", work(3))
	nested()
	var msgs []string
	record := func(s string) { msgs = append(msgs, s) }
	func() {
		for _, w := range []string{"a", "b", "c"} {
			defer record(w)
		}
	}()
	fmt.Println(msgs, len(msgs))
}
