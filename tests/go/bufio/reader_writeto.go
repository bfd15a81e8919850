package main

import (
	"bufio"
	"errors"
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

// recorder keeps each Write separately.
type recorder struct {
	writes []string
	limit  int
}

func (w *recorder) Write(p []byte) (int, error) {
	if w.limit > 0 && len(w.writes) >= w.limit {
		return 0, errors.New("recorder full")
	}
	w.writes = append(w.writes, string(p))
	return len(p), nil
}

// wtReader is a source with its own WriteTo.
type wtReader struct {
	s    string
	seen int
}

func (r *wtReader) Read(p []byte) (int, error) {
	panic("Read should not be called: WriteTo is used")
}

func (r *wtReader) WriteTo(w io.Writer) (int64, error) {
	fmt.Println("wtReader.WriteTo called")
	n, err := w.Write([]byte(r.s))
	return int64(n), err
}

func main() {
	r := bufio.NewReaderSize(&chunkReader{"the quick brown fox jumps", 7}, 16)
	r.Peek(3)
	w := &recorder{}
	n, err := r.WriteTo(w)
	fmt.Println(n, err, len(w.writes), w.writes)

	// io.Copy uses the Reader's WriteTo.
	r = bufio.NewReaderSize(&chunkReader{"copied through WriteTo", 100}, 16)
	w = &recorder{}
	n, err = io.Copy(w, r)
	fmt.Println(n, err, w.writes)

	// The source's own WriteTo is used once the buffer is empty.
	r = bufio.NewReader(&wtReader{s: "direct"})
	w = &recorder{}
	n, err = r.WriteTo(w)
	fmt.Println(n, err, w.writes)

	// A failing writer.
	r = bufio.NewReaderSize(&chunkReader{"aaaaaaaaaabbbbbbbbbbcccccccccc", 10}, 16)
	w = &recorder{limit: 1}
	n, err = r.WriteTo(w)
	fmt.Println(n, err, w.writes)
}
