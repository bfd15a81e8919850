package main

import (
	"bufio"
	"fmt"
	"io"
)

type chunkReader struct {
	s     string
	n     int
	reads int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	r.reads++
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	k := r.n
	if k > len(r.s) {
		k = len(r.s)
	}
	if k > len(p) {
		k = len(p)
	}
	copy(p, r.s[:k])
	r.s = r.s[k:]
	return k, nil
}

func main() {
	src := &chunkReader{s: "hello, buffered world", n: 100}
	r := bufio.NewReaderSize(src, 16)
	fmt.Println("size", r.Size(), "buffered", r.Buffered())
	p := make([]byte, 5)
	n, err := r.Read(p)
	fmt.Printf("%d %q %v buffered=%d reads=%d\n", n, p[:n], err, r.Buffered(), src.reads)
	c, err := r.ReadByte()
	fmt.Printf("%q %v\n", c, err)
	fmt.Println(r.UnreadByte(), r.Buffered())
	fmt.Println(r.UnreadByte())
	c, _ = r.ReadByte()
	fmt.Printf("%q\n", c)
	// A read bigger than the buffer goes straight to the source when empty.
	big := make([]byte, 100)
	n, err = r.Read(big)
	fmt.Printf("%d %q %v\n", n, big[:n], err)
	n, err = r.Read(big)
	fmt.Printf("%d %q %v\n", n, big[:n], err)
	n, err = r.Read(big)
	fmt.Printf("%d %v\n", n, err)
	n, err = r.Read(nil)
	fmt.Printf("%d %v\n", n, err)
	_, err = r.ReadByte()
	fmt.Println(err)
	fmt.Println(r.UnreadByte())

	// Sizes: the minimum is 16, the default 4096.
	fmt.Println(bufio.NewReaderSize(src, 1).Size(), bufio.NewReader(src).Size(), bufio.NewReaderSize(src, 100).Size())
	// NewReaderSize of a bufio.Reader already big enough returns it.
	r1 := bufio.NewReaderSize(src, 64)
	r2 := bufio.NewReaderSize(r1, 32)
	r3 := bufio.NewReaderSize(r1, 128)
	fmt.Println(r1 == r2, r1 == r3, r3.Size())

	// Reading through a reader that hands out one byte at a time.
	r = bufio.NewReader(&chunkReader{s: "abcdef", n: 1})
	buf := make([]byte, 4)
	n, err = r.Read(buf)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	n, err = io.ReadFull(r, buf[:3])
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	all, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)

	// Reset reuses the buffer with a new source.
	r.Reset(&chunkReader{s: "second", n: 10})
	all, err = io.ReadAll(r)
	fmt.Printf("%q %v size=%d\n", all, err, r.Size())
	var zero bufio.Reader
	zero.Reset(&chunkReader{s: "zero value", n: 3})
	all, err = io.ReadAll(&zero)
	fmt.Printf("%q %v size=%d\n", all, err, zero.Size())
	// UnreadByte after Peek / at start.
	r = bufio.NewReader(&chunkReader{s: "xyz", n: 3})
	fmt.Println(r.UnreadByte())
	r.ReadByte()
	r.ReadByte()
	fmt.Println(r.UnreadByte(), r.UnreadByte())
	c, _ = r.ReadByte()
	fmt.Printf("%q\n", c)
}
