package main

import (
	"bytes"
	"fmt"
)

func try(label string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: recovered %v (ErrTooLarge: %v)\n", label, r, r == bytes.ErrTooLarge)
	}()
	f()
}

func main() {
	var b bytes.Buffer
	b.Grow(10)
	fmt.Println("Grow(10) on zero:", b.Len(), b.Cap())
	b.Grow(100)
	fmt.Println("Grow(100):", b.Len(), b.Cap())
	b.WriteString("abcdefghij")
	b.Grow(0)
	fmt.Println("Grow(0):", b.Len(), b.Cap(), b.String())

	var caps []int
	var c bytes.Buffer
	last := -1
	for i := 0; i < 5000; i++ {
		c.WriteByte(byte('a' + i%26))
		if c.Cap() != last {
			last = c.Cap()
			caps = append(caps, last)
		}
	}
	fmt.Println("caps while writing bytes:", caps)

	// Reading then writing: space at the front is reused by sliding.
	d := bytes.NewBuffer(make([]byte, 0, 64))
	d.WriteString("0123456789012345678901234567890123456789")
	d.Next(35)
	fmt.Println("before slide:", d.Len(), d.Cap())
	d.WriteString("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
	fmt.Println("after slide:", d.Len(), d.Cap(), d.String())

	// Truncate.
	e := bytes.NewBufferString("hello, world")
	e.Truncate(5)
	fmt.Printf("Truncate(5): %q\n", e.String())
	e.Next(2)
	e.Truncate(2)
	fmt.Printf("Next(2)+Truncate(2): %q\n", e.String())
	e.Truncate(0)
	fmt.Printf("Truncate(0): %q len=%d\n", e.String(), e.Len())

	// Reset keeps the capacity.
	f := bytes.NewBufferString("some text")
	capBefore := f.Cap()
	f.Reset()
	fmt.Println("Reset:", f.Len(), f.Cap() == capBefore, f.String() == "")

	try("Grow(-1)", func() { b.Grow(-1) })
	try("Truncate(-1)", func() { b.Truncate(-1) })
	try("Truncate(len+1)", func() { b.Truncate(b.Len() + 1) })
	try("Grow(huge)", func() {
		var g bytes.Buffer
		g.WriteString("abc")
		g.Grow(int(^uint(0)>>1) - 10)
	})
	fmt.Println("b still:", b.String())
}
