package main

import (
	"bufio"
	"fmt"
	"os"
)

type recorder struct {
	writes []string
}

func (w *recorder) Write(p []byte) (int, error) {
	w.writes = append(w.writes, string(p))
	return len(p), nil
}

func state(name string, w *bufio.Writer, rec *recorder) {
	fmt.Printf("%s: avail=%d buffered=%d size=%d writes=%q\n", name, w.Available(), w.Buffered(), w.Size(), rec.writes)
}

func main() {
	rec := &recorder{}
	w := bufio.NewWriterSize(rec, 16)
	state("new", w, rec)
	n, err := w.WriteString("hello")
	fmt.Println(n, err)
	state("after hello", w, rec)
	w.WriteByte(' ')
	size, err := w.WriteRune('世')
	fmt.Println(size, err)
	size, _ = w.WriteRune('x')
	fmt.Println(size)
	size, _ = w.WriteRune(-1)
	fmt.Println(size)
	state("after runes", w, rec)
	n, err = w.Write([]byte("0123456789"))
	fmt.Println(n, err)
	state("after overflow", w, rec)
	fmt.Println(w.Flush())
	state("flushed", w, rec)
	fmt.Println(w.Flush())
	state("flushed twice", w, rec)
	// A write bigger than the buffer goes straight through when empty.
	n, _ = w.Write([]byte("this is longer than sixteen bytes"))
	fmt.Println(n)
	state("big write", w, rec)
	n, _ = w.WriteString("abc and a long string after it, written in pieces")
	fmt.Println(n)
	state("big string", w, rec)
	w.Flush()
	state("flushed", w, rec)

	// AvailableBuffer lets a caller append in place.
	b := w.AvailableBuffer()
	fmt.Println(len(b), cap(b))
	b = append(b, "appended"...)
	w.Write(b)
	state("availablebuffer", w, rec)
	w.Flush()

	// Sizes and the default.
	fmt.Println(bufio.NewWriterSize(rec, 0).Size(), bufio.NewWriter(rec).Size(), bufio.NewWriterSize(rec, -5).Size())
	w1 := bufio.NewWriterSize(rec, 64)
	fmt.Println(bufio.NewWriterSize(w1, 32) == w1, bufio.NewWriterSize(w1, 128) == w1)

	// Reset drops buffered data and changes the destination.
	rec2 := &recorder{}
	w.WriteString("dropped")
	w.Reset(rec2)
	w.WriteString("kept")
	w.Flush()
	state("reset", w, rec2)
	var zero bufio.Writer
	zero.Reset(rec2)
	zero.WriteString("zero value writer")
	zero.Flush()
	fmt.Println(zero.Size(), rec2.writes)

	// Writing to os.Stdout through a buffer.
	out := bufio.NewWriter(os.Stdout)
	for i := 0; i < 3; i++ {
		fmt.Fprintf(out, "line %d\n", i)
	}
	fmt.Fprintln(out, "buffered until Flush:", out.Buffered())
	out.Flush()
	// Reset to itself is a no-op.
	w2 := bufio.NewWriterSize(rec, 16)
	w2.WriteString("x")
	w2.Reset(w2)
	fmt.Println(w2.Buffered())
}
