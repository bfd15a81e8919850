package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

type chunkReader struct {
	s   string
	n   int
	err error
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		if r.err != nil {
			return 0, r.err
		}
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
	r := bufio.NewReaderSize(&chunkReader{s: "a,bb,ccc,this one is too long for the buffer,end", n: 4}, 16)
	for {
		s, err := r.ReadSlice(',')
		fmt.Printf("ReadSlice %q %v\n", s, err)
		if err == io.EOF {
			break
		}
	}
	r = bufio.NewReaderSize(&chunkReader{s: "a,bb,ccc,this one is too long for the buffer,end", n: 4}, 16)
	for {
		s, err := r.ReadBytes(',')
		fmt.Printf("ReadBytes %q %v\n", s, err)
		if err != nil {
			break
		}
	}
	long := strings.Repeat("x", 10000)
	r = bufio.NewReaderSize(&chunkReader{s: "first\n" + long + "\nlast", n: 333}, 16)
	for {
		s, err := r.ReadString('\n')
		if len(s) > 20 {
			fmt.Printf("ReadString len=%d ok=%v %v\n", len(s), s == long+"\n", err)
		} else {
			fmt.Printf("ReadString %q %v\n", s, err)
		}
		if err != nil {
			break
		}
	}
	// A source error is returned with the data before it.
	boom := errors.New("boom")
	r = bufio.NewReader(&chunkReader{s: "partial line", n: 5, err: boom})
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	s, err = r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	// The delimiter as the first and only byte; empty input.
	r = bufio.NewReader(&chunkReader{s: "\n", n: 1})
	b, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", b, err)
	b, err = r.ReadBytes('\n')
	fmt.Printf("%q %v nil=%v\n", b, err, b == nil)
	// ReadSlice shares the buffer: the next read overwrites it.
	r = bufio.NewReaderSize(&chunkReader{s: "one;two;", n: 100}, 16)
	first, _ := r.ReadSlice(';')
	saved := string(first)
	r.ReadSlice(';')
	fmt.Println(saved, string(first))
	// UnreadByte after ReadString gives back the delimiter.
	r = bufio.NewReader(&chunkReader{s: "k=v", n: 100})
	s, _ = r.ReadString('=')
	fmt.Println(s, r.UnreadByte())
	c, _ := r.ReadByte()
	fmt.Printf("%q\n", c)
	fmt.Println(bufio.ErrBufferFull)
}
