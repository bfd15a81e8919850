package main

import (
	"errors"
	"fmt"
	"io"
)

type src struct {
	s     string
	chunk int
	err   error
}

func (r *src) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		if r.err != nil {
			return 0, r.err
		}
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

type recorder struct{ writes []string }

func (w *recorder) Write(p []byte) (int, error) {
	w.writes = append(w.writes, string(p))
	return len(p), nil
}

type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }

type badCount struct{}

func (badCount) Write(p []byte) (int, error) { return len(p) + 1, nil }

type negCount struct{}

func (negCount) Write(p []byte) (int, error) { return -1, nil }

type errWriter struct{}

func (errWriter) Write(p []byte) (int, error) { return 0, errors.New("write refused") }

func main() {
	rec := &recorder{}
	n, err := io.CopyN(rec, &src{s: "0123456789"}, 4)
	fmt.Println(n, err, rec.writes)
	n, err = io.CopyN(rec, &src{s: "012"}, 5)
	fmt.Println(n, err, err == io.EOF)
	n, err = io.CopyN(rec, &src{s: "012"}, 0)
	fmt.Println(n, err)
	n, err = io.CopyN(rec, &src{s: "012"}, -1)
	fmt.Println(n, err)
	boom := errors.New("boom")
	n, err = io.CopyN(rec, &src{s: "ab", err: boom}, 5)
	fmt.Println(n, err)
	n, err = io.CopyN(errWriter{}, &src{s: "abc"}, 2)
	fmt.Println(n, err)

	// CopyBuffer with a small buffer shows the chunks.
	rec = &recorder{}
	n, err = io.CopyBuffer(rec, &src{s: "abcdefghij"}, make([]byte, 3))
	fmt.Println(n, err, rec.writes)
	rec = &recorder{}
	n, err = io.CopyBuffer(rec, &src{s: "nil buffer"}, nil)
	fmt.Println(n, err, rec.writes)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		io.CopyBuffer(rec, &src{s: "x"}, make([]byte, 0))
	}()

	// Copy's errors.
	n, err = io.Copy(shortWriter{}, &src{s: "abcdef"})
	fmt.Println(n, err)
	n, err = io.Copy(badCount{}, &src{s: "abcdef"})
	fmt.Println(n, err)
	n, err = io.Copy(negCount{}, &src{s: "abcdef"})
	fmt.Println(n, err)
	n, err = io.Copy(errWriter{}, &src{s: "abcdef"})
	fmt.Println(n, err)
	n, err = io.Copy(rec, &src{s: "xy", err: boom})
	fmt.Println(n, err)
	n, err = io.Copy(rec, &src{s: ""})
	fmt.Println(n, err)
	// Copy to io.Discard uses its ReadFrom.
	n, err = io.Copy(io.Discard, &src{s: "discarded bytes", chunk: 2})
	fmt.Println(n, err)
	n, err = io.Copy(io.Discard, &src{s: "then", err: boom})
	fmt.Println(n, err)
}
