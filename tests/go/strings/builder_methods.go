package main

import (
	"fmt"
	"strings"
)

type counter struct {
	b     strings.Builder
	lines int
}

func (c *counter) line(s string) {
	c.b.WriteString(s)
	c.b.WriteByte('\n')
	c.lines++
}

func growPanics(n int) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	var b strings.Builder
	b.Grow(n)
	return "no panic"
}

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap(), b.String() == "")

	// Write, WriteByte, WriteRune, WriteString and their results.
	n, err := b.Write([]byte("abc"))
	fmt.Println(n, err)
	fmt.Println(b.WriteByte('-'))
	for _, r := range []rune{'x', 'é', '世', '😀', -1, 0x110000, 0xD800} {
		n, err = b.WriteRune(r)
		fmt.Print(n, " ", err, "; ")
	}
	fmt.Println()
	n, err = b.WriteString("tail")
	fmt.Println(n, err)
	fmt.Printf("%q %d\n", b.String(), b.Len())

	// Reset empties it; the builder is usable again.
	b.Reset()
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	b.WriteString("again")
	fmt.Println(b.String())

	// Grow reserves room: Len stays, Cap grows.
	var g strings.Builder
	g.Grow(10)
	fmt.Println(g.Len(), g.Cap() >= 10)
	before := g.Cap()
	g.WriteString("0123456789")
	fmt.Println(g.Len(), g.Cap() == before)
	g.Grow(0)
	fmt.Println(g.Cap() == before)
	g.Grow(100)
	fmt.Println(g.Len(), g.Cap() >= 110, g.String())

	// Capacities of a builder that grows by appends are the runtime's.
	var h strings.Builder
	caps := []int{}
	for i := 0; i < 40; i++ {
		h.WriteByte(byte('a' + i%26))
		if len(caps) == 0 || caps[len(caps)-1] != h.Cap() {
			caps = append(caps, h.Cap())
		}
	}
	fmt.Println(caps, h.Len())
	h.Grow(1000)
	fmt.Println(h.Cap(), h.Len())

	// Negative Grow panics.
	fmt.Println(growPanics(-1))
	fmt.Println(growPanics(0))

	// A builder inside a struct, used through a pointer.
	c := &counter{}
	c.line("first")
	c.line("second")
	c.line("")
	fmt.Printf("%q %d %d\n", c.b.String(), c.lines, c.b.Len())

	// String returns a snapshot: later writes do not change it.
	var s strings.Builder
	s.WriteString("snap")
	snap := s.String()
	s.WriteString("shot")
	fmt.Println(snap, s.String())

	// Building a big string.
	var big strings.Builder
	for i := 0; i < 1000; i++ {
		big.WriteByte(byte('0' + i%10))
	}
	fmt.Println(big.Len(), big.String()[990:])
}
