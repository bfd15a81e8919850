package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
)

// chunkReader returns its data a few bytes at a time, then err.
type chunkReader struct {
	data  string
	chunk int
	err   error
	calls int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	r.calls++
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := r.chunk
	if n > len(r.data) {
		n = len(r.data)
	}
	if n > len(p) {
		n = len(p)
	}
	copy(p, r.data[:n])
	r.data = r.data[n:]
	return n, nil
}

// upperWriter writes upper-cased bytes into its own buffer, at most max
// bytes per call, and fails after a limit.
type upperWriter struct {
	out   []byte
	max   int
	limit int
	calls int
}

func (w *upperWriter) Write(p []byte) (int, error) {
	w.calls++
	n := len(p)
	if n > w.max {
		n = w.max
	}
	if w.limit >= 0 && len(w.out)+n > w.limit {
		n = w.limit - len(w.out)
		for _, c := range p[:n] {
			w.out = append(w.out, bytes.ToUpper([]byte{c})...)
		}
		return n, errors.New("writer full")
	}
	w.out = append(w.out, bytes.ToUpper(p[:n])...)
	return n, nil
}

// countingWriter counts bytes and never fails.
type countingWriter struct{ n int }

func (w *countingWriter) Write(p []byte) (int, error) {
	w.n += len(p)
	return len(p), nil
}

func main() {
	var b bytes.Buffer
	r := &chunkReader{data: "the quick brown fox jumps over the lazy dog", chunk: 7, err: io.EOF}
	n, err := b.ReadFrom(r)
	fmt.Println("ReadFrom:", n, err, r.calls, b.String())

	r2 := &chunkReader{data: "partial", chunk: 3, err: errors.New("broken pipe")}
	n, err = b.ReadFrom(r2)
	fmt.Println("ReadFrom error:", n, err, b.Len())

	// WriteTo a writer that takes everything.
	cw := &countingWriter{}
	n, err = b.WriteTo(cw)
	fmt.Println("WriteTo counting:", n, err, cw.n, b.Len())

	// WriteTo a writer that fails part way.
	b.WriteString("hello buffer world")
	uw := &upperWriter{max: 100, limit: 8}
	n, err = b.WriteTo(uw)
	fmt.Printf("WriteTo failing: %d %v %q rest %q\n", n, err, uw.out, b.String())

	// A short write without an error is io.ErrShortWrite.
	sw := &upperWriter{max: 4, limit: -1}
	n, err = b.WriteTo(sw)
	fmt.Printf("WriteTo short: %d %v %v %q rest %q\n", n, err, err == io.ErrShortWrite, sw.out, b.String())

	// io.Copy uses WriteTo / ReadFrom.
	src := bytes.NewBufferString("copied through io.Copy")
	var dst bytes.Buffer
	n, err = io.Copy(&dst, src)
	fmt.Println("io.Copy:", n, err, dst.String(), src.Len())

	// Buffers as io.Writer/io.Reader interface values.
	var w io.Writer = &dst
	fmt.Fprint(w, " + Fprint")
	var rd io.Reader = &dst
	all, _ := io.ReadAll(rd)
	fmt.Printf("ReadAll: %q\n", all)

	// Large ReadFrom: several MinRead rounds.
	big := &chunkReader{data: string(bytes.Repeat([]byte("0123456789"), 300)), chunk: 1000, err: io.EOF}
	var bb bytes.Buffer
	n, err = bb.ReadFrom(big)
	fmt.Println("big ReadFrom:", n, err, bb.Len(), big.calls, bytes.MinRead)
}
