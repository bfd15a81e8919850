package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	b := bytes.NewBufferString("alpha beta\ngamma\ndelta")
	p := make([]byte, 4)
	n, err := b.Read(p)
	fmt.Printf("Read: %d %v %q len=%d\n", n, err, p[:n], b.Len())
	c, err := b.ReadByte()
	fmt.Printf("ReadByte: %q %v\n", c, err)
	line, err := b.ReadString('\n')
	fmt.Printf("ReadString: %q %v\n", line, err)
	lb, err := b.ReadBytes('\n')
	fmt.Printf("ReadBytes: %q %v\n", lb, err)
	line, err = b.ReadString('\n')
	fmt.Printf("ReadString at end: %q %v\n", line, err)
	line, err = b.ReadString('\n')
	fmt.Printf("ReadString empty: %q %v\n", line, err)
	n, err = b.Read(p)
	fmt.Println("Read empty:", n, err, err == io.EOF)
	n, err = b.Read(nil)
	fmt.Println("Read nil from empty:", n, err)
	_, err = b.ReadByte()
	fmt.Println("ReadByte empty:", err)
	r, size, err := b.ReadRune()
	fmt.Println("ReadRune empty:", r, size, err)

	// An empty buffer is reset on Read.
	b.WriteString("x")
	fmt.Println("after reset+write:", b.String(), b.Len())

	// Read with an empty p on a non-empty buffer.
	n, err = b.Read([]byte{})
	fmt.Println("Read(empty p):", n, err)

	// Runes, including invalid UTF-8.
	b2 := bytes.NewBufferString("aé世😀\xff\xe4\xb8z")
	for {
		r, size, err := b2.ReadRune()
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("rune %q %U size %d\n", r, r, size)
	}

	// Next and Peek.
	b3 := bytes.NewBufferString("0123456789")
	pk, err := b3.Peek(3)
	fmt.Printf("Peek(3): %q %v len=%d\n", pk, err, b3.Len())
	pk, err = b3.Peek(20)
	fmt.Printf("Peek(20): %q %v\n", pk, err)
	fmt.Printf("Next(4): %q\n", b3.Next(4))
	fmt.Printf("Next(0): %q\n", b3.Next(0))
	fmt.Printf("Next(100): %q\n", b3.Next(100))
	fmt.Printf("Next(1) on empty: %q len=%d\n", b3.Next(1), b3.Len())

	// ReadBytes returns a copy.
	b4 := bytes.NewBufferString("ab,cd")
	part, _ := b4.ReadBytes(',')
	part[0] = 'X'
	fmt.Printf("%q %q\n", part, b4.String())

	// io.ReadAll over a buffer.
	b5 := bytes.NewBufferString("read it all")
	all, err := io.ReadAll(b5)
	fmt.Printf("ReadAll: %q %v, left %d\n", all, err, b5.Len())
}
