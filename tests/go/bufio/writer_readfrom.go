package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
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

type recorder struct{ writes []string }

func (w *recorder) Write(p []byte) (int, error) {
	w.writes = append(w.writes, string(p))
	return len(p), nil
}

// rfWriter has its own ReadFrom.
type rfWriter struct{ got string }

func (w *rfWriter) Write(p []byte) (int, error) {
	w.got += string(p)
	return len(p), nil
}

func (w *rfWriter) ReadFrom(r io.Reader) (int64, error) {
	fmt.Println("rfWriter.ReadFrom called")
	b, err := io.ReadAll(r)
	w.got += string(b)
	return int64(len(b)), err
}

// zeroReader returns nothing forever.
type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) { return 0, nil }

func main() {
	rec := &recorder{}
	w := bufio.NewWriterSize(rec, 16)
	w.WriteString("pre:")
	n, err := w.ReadFrom(&chunkReader{s: "data read from the reader in chunks", n: 5})
	fmt.Println(n, err, w.Buffered(), rec.writes)
	w.Flush()
	fmt.Println(rec.writes)

	// io.Copy uses the Writer's ReadFrom.
	rec = &recorder{}
	w = bufio.NewWriterSize(rec, 16)
	n, err = io.Copy(w, &chunkReader{s: "via io.Copy", n: 3})
	fmt.Println(n, err, w.Buffered())
	w.Flush()
	fmt.Println(rec.writes)

	// With an empty buffer the destination's own ReadFrom is used.
	rf := &rfWriter{}
	w = bufio.NewWriter(rf)
	n, err = w.ReadFrom(&chunkReader{s: "straight through", n: 4})
	fmt.Println(n, err, rf.got)

	// Errors from the reader.
	boom := errors.New("read failed")
	rec = &recorder{}
	w = bufio.NewWriterSize(rec, 16)
	n, err = w.ReadFrom(&chunkReader{s: "some", n: 2, err: boom})
	fmt.Println(n, err, w.Buffered())

	// A reader that makes no progress.
	w = bufio.NewWriterSize(rec, 16)
	n, err = w.ReadFrom(zeroReader{})
	fmt.Println(n, err)
}
