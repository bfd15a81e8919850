package main

import (
	"bufio"
	"fmt"
	"io"
)

type chunkReader struct {
	s string
	n int
}

func (r *chunkReader) Read(p []byte) (int, error) {
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
	r := bufio.NewReaderSize(&chunkReader{"0123456789abcdefghijklmnopqrstuvwxyz", 5}, 16)
	for _, n := range []int{0, 1, 3, 10, 16, 17, -1} {
		p, err := r.Peek(n)
		fmt.Printf("Peek(%d) = %q %v buffered=%d\n", n, p, err, r.Buffered())
	}
	d, err := r.Discard(4)
	fmt.Println("Discard(4)", d, err, r.Buffered())
	p, _ := r.Peek(2)
	fmt.Printf("%q\n", p)
	d, err = r.Discard(-1)
	fmt.Println("Discard(-1)", d, err)
	d, err = r.Discard(0)
	fmt.Println("Discard(0)", d, err)
	d, err = r.Discard(20)
	fmt.Println("Discard(20)", d, err)
	rest, _ := io.ReadAll(r)
	fmt.Printf("rest %q\n", rest)
	d, err = r.Discard(1)
	fmt.Println("Discard at EOF", d, err)
	p, err = r.Peek(1)
	fmt.Printf("Peek at EOF %q %v\n", p, err)

	r = bufio.NewReaderSize(&chunkReader{"short", 100}, 16)
	p, err = r.Peek(10)
	fmt.Printf("Peek past EOF %q %v\n", p, err)
	d, err = r.Discard(10)
	fmt.Println("Discard past EOF", d, err)

	// Reset drops what was buffered.
	r = bufio.NewReaderSize(&chunkReader{"buffered data", 100}, 16)
	r.Peek(3)
	fmt.Println(r.Buffered())
	r.Reset(&chunkReader{"new", 100})
	fmt.Println(r.Buffered())
	all, _ := io.ReadAll(r)
	fmt.Printf("%q\n", all)
	fmt.Println(bufio.ErrNegativeCount)
}
