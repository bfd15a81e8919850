// sync.Pool: Get on an empty pool calls New; a Pool without New returns
// nil; objects are reset by the caller before Put. Only facts that do
// not depend on whether the pool kept an object are printed.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	created := 0
	p := sync.Pool{New: func() any {
		created++
		return new(strings.Builder)
	}}
	b := p.Get().(*strings.Builder)
	fmt.Println("created on first Get:", created)
	b.WriteString("hello")
	fmt.Println(b.String())
	b.Reset()
	p.Put(b)
	for i := 0; i < 3; i++ {
		x := p.Get().(*strings.Builder)
		fmt.Println("reset object has length", x.Len())
		x.WriteString("tmp")
		x.Reset()
		p.Put(x)
	}
	fmt.Println("New called at least once:", created >= 1)
	var empty sync.Pool
	fmt.Println("pool without New:", empty.Get())
	empty.Put(nil)
	fmt.Println("Put(nil) is ignored:", empty.Get())
}
