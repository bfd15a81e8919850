package main

import (
	"bytes"
	"fmt"
)

func show(label string, b *bytes.Buffer) {
	fmt.Printf("%s: len=%d cap=%d avail=%d %q\n", label, b.Len(), b.Cap(), b.Available(), b.String())
}

func main() {
	var b bytes.Buffer
	show("zero", &b)
	n, err := b.Write([]byte("hello"))
	fmt.Println("Write:", n, err)
	show("after Write", &b)
	n, err = b.WriteString(", world")
	fmt.Println("WriteString:", n, err)
	fmt.Println("WriteByte:", b.WriteByte('!'))
	for _, r := range []rune{'a', 'é', '世', '😀', -1, 0x110000, 0xD800} {
		n, err = b.WriteRune(r)
		fmt.Println("WriteRune", r, n, err)
	}
	show("after runes", &b)
	fmt.Printf("Bytes: %q\n", b.Bytes())

	// Bytes aliases the buffer's contents.
	p := b.Bytes()
	p[0] = 'H'
	fmt.Println("after aliasing write:", b.String()[:5])

	// AvailableBuffer: append into the free space, then Write it.
	ab := b.AvailableBuffer()
	fmt.Println("AvailableBuffer len/cap:", len(ab), cap(ab) == b.Available())
	ab = append(ab, " tail"...)
	b.Write(ab)
	show("after AvailableBuffer", &b)

	// Writing empty things changes nothing.
	b.Write(nil)
	b.WriteString("")
	show("after empty writes", &b)

	// Write more than the small buffer to see it grow.
	for i := 0; i < 10; i++ {
		b.WriteString("0123456789")
	}
	show("after 100 more", &b)

	c := bytes.NewBufferString("start:")
	show("NewBufferString", c)
	c.WriteString("more")
	show("after write", c)

	d := bytes.NewBuffer(make([]byte, 3, 10))
	show("NewBuffer(3,10)", d)
	d.WriteString("xy")
	fmt.Printf("%q\n", d.Bytes())

	e := bytes.NewBuffer(nil)
	show("NewBuffer(nil)", e)
	fmt.Fprintf(e, "%d-%s-%v", 42, "x", []int{1, 2})
	show("after Fprintf", e)
}
