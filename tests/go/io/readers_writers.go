package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// upper is a Reader that upper-cases another.
type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	for i := 0; i < n; i++ {
		if p[i] >= 'a' && p[i] <= 'z' {
			p[i] -= 'a' - 'A'
		}
	}
	return n, err
}

type src struct {
	s     string
	chunk int
}

func (r *src) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	k := r.chunk
	if k == 0 || k > len(r.s) {
		k = len(r.s)
	}
	if k > len(p) {
		k = len(p)
	}
	copy(p, r.s[:k])
	r.s = r.s[k:]
	return k, nil
}

// counter counts bytes and writes.
type counter struct {
	bytes, writes int
}

func (c *counter) Write(p []byte) (int, error) {
	c.bytes += len(p)
	c.writes++
	return len(p), nil
}

// sb is a WriteCloser.
type sb struct {
	strings.Builder
	closed bool
}

func (s *sb) Close() error {
	if s.closed {
		return errors.New("already closed")
	}
	s.closed = true
	return nil
}

func main() {
	b, err := io.ReadAll(upper{&src{s: "shout this", chunk: 3}})
	fmt.Printf("%q %v\n", b, err)
	// ReadFull / ReadAtLeast.
	buf := make([]byte, 5)
	n, err := io.ReadFull(&src{s: "abcdefg", chunk: 2}, buf)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	n, err = io.ReadFull(&src{s: "abc", chunk: 2}, buf)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	n, err = io.ReadFull(&src{s: ""}, buf)
	fmt.Printf("%d %v\n", n, err)
	n, err = io.ReadAtLeast(&src{s: "abcdefg", chunk: 2}, buf, 3)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	n, err = io.ReadAtLeast(&src{s: "abcdefg"}, buf, 6)
	fmt.Printf("%d %v\n", n, err)
	n, err = io.ReadAtLeast(&src{s: "abcdefg"}, buf, 0)
	fmt.Printf("%d %v\n", n, err)
	// ReadAll of a big source in small chunks.
	big := strings.Repeat("0123456789", 2000)
	b, err = io.ReadAll(&src{s: big, chunk: 777})
	fmt.Println(len(b), string(b) == big, err)
	// WriteString through a Writer without WriteString and one with it.
	c := &counter{}
	n, err = io.WriteString(c, "counted")
	fmt.Println(n, err, c.bytes, c.writes)
	w := &sb{}
	var wc io.WriteCloser = w
	io.WriteString(wc, "built ")
	fmt.Fprintf(wc, "%d", 42)
	fmt.Println(w.String(), wc.Close(), wc.Close())
	// Interfaces composed.
	var rw io.ReadWriter = struct {
		io.Reader
		io.Writer
	}{&src{s: "composite"}, c}
	b, _ = io.ReadAll(rw)
	rw.Write(b)
	fmt.Println(string(b), c.bytes)
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortBuffer, io.ErrClosedPipe, io.ErrNoProgress, io.ErrShortWrite)
	fmt.Println(io.SeekStart, io.SeekCurrent, io.SeekEnd)
}
