package main

import "fmt"

type Counter struct {
	n    int
	name string
}

func (c *Counter) Inc()           { c.n++ }
func (c Counter) Get() int        { return c.n }
func (c Counter) IncCopy()        { c.n++ }
func (c *Counter) Self() *Counter { return c }

type Wrapper struct {
	C Counter
}

func main() {
	var c Counter
	c.Inc() // (&c).Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Get())
	pc := &c
	pc.Inc()
	fmt.Println(pc.Get(), c.n) // (*pc).Get()
	w := Wrapper{}
	w.C.Inc()
	fmt.Println(w.C.n)
	arr := [2]Counter{}
	arr[1].Inc()
	fmt.Println(arr[1].n)
	sl := []Counter{{}, {}}
	sl[0].Inc()
	sl[0].Inc()
	fmt.Println(sl[0].Get())
	m := map[string]*Counter{"x": {}}
	m["x"].Inc()
	fmt.Println(m["x"].n)
	c.Self().Self().Inc()
	fmt.Println(c.n)
	pp := &pc
	(*pp).Inc()
	fmt.Println(c.n)
}
