package main

import (
	"errors"
	"fmt"
	"io"
)

type recorder struct {
	name   string
	writes []string
}

func (w *recorder) Write(p []byte) (int, error) {
	w.writes = append(w.writes, string(p))
	return len(p), nil
}

type stringRecorder struct {
	recorder
	strs int
}

func (w *stringRecorder) WriteString(s string) (int, error) {
	w.strs++
	return w.Write([]byte(s))
}

type failing struct {
	n   int
	err error
}

func (w *failing) Write(p []byte) (int, error) {
	if w.n > len(p) {
		return len(p), nil
	}
	return w.n, w.err
}

func main() {
	a, b := &recorder{name: "a"}, &recorder{name: "b"}
	mw := io.MultiWriter(a, b)
	n, err := mw.Write([]byte("hello"))
	fmt.Println(n, err, a.writes, b.writes)
	n, err = io.WriteString(mw, " world")
	fmt.Println(n, err, a.writes, b.writes)
	fmt.Fprintf(mw, "%d-%s", 7, "x")
	fmt.Println(a.writes, b.writes)

	// WriteString is used on writers that have it.
	s := &stringRecorder{}
	mw = io.MultiWriter(a, s)
	io.WriteString(mw, "str")
	fmt.Println(s.strs, s.writes)

	// An error stops the write at that writer.
	c := &recorder{}
	boom := errors.New("boom")
	mw = io.MultiWriter(a, &failing{0, boom}, c)
	n, err = mw.Write([]byte("data"))
	fmt.Println(n, err, len(c.writes))
	n, err = io.WriteString(mw, "data")
	fmt.Println(n, err, len(c.writes))
	// A short write without error is ErrShortWrite.
	mw = io.MultiWriter(&failing{2, nil}, c)
	n, err = mw.Write([]byte("data"))
	fmt.Println(n, err, err == io.ErrShortWrite, len(c.writes))
	n, err = io.WriteString(mw, "data")
	fmt.Println(n, err)

	// Nested MultiWriters are flattened; an empty one accepts everything.
	d := &recorder{}
	inner := io.MultiWriter(c, d)
	outer := io.MultiWriter(inner, io.Discard)
	n, err = outer.Write([]byte("nested"))
	fmt.Println(n, err, c.writes, d.writes)
	n, err = io.MultiWriter().Write([]byte("nowhere"))
	fmt.Println(n, err)
	// io.Copy into a MultiWriter.
	e, f := &recorder{}, &recorder{}
	copied, err := io.Copy(io.MultiWriter(e, f), io.LimitReader(&zeros{}, 10))
	fmt.Println(copied, err, len(e.writes[0]), len(f.writes[0]))
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = '0'
	}
	return len(p), nil
}
