package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

var errDisk = errors.New("disk full")

// limited accepts up to max bytes in total, then fails.
type limited struct {
	max  int
	got  []byte
	fail error
}

func (w *limited) Write(p []byte) (int, error) {
	room := w.max - len(w.got)
	if room >= len(p) {
		w.got = append(w.got, p...)
		return len(p), nil
	}
	if room < 0 {
		room = 0
	}
	w.got = append(w.got, p[:room]...)
	return room, w.fail
}

func main() {
	dst := &limited{max: 10, fail: errDisk}
	w := bufio.NewWriterSize(dst, 16)
	n, err := w.WriteString("0123456789abcdef")
	fmt.Println(n, err, w.Buffered())
	err = w.Flush()
	fmt.Println("flush:", err, w.Buffered(), string(dst.got))
	// The error sticks.
	n, err = w.WriteString("more")
	fmt.Println(n, err)
	fmt.Println(w.WriteByte('x'), w.Flush())
	_, err = w.WriteRune('é')
	fmt.Println(err)
	n, err = w.Write([]byte("y"))
	fmt.Println(n, err)
	// Reset clears the error.
	w.Reset(&limited{max: 100})
	n, err = w.WriteString("fine")
	fmt.Println(n, err, w.Flush())

	// A short write with no error becomes io.ErrShortWrite.
	short := &limited{max: 3}
	w = bufio.NewWriterSize(short, 16)
	w.WriteString("abcdef")
	err = w.Flush()
	fmt.Println(err, err == io.ErrShortWrite, string(short.got), w.Buffered())

	// An error in a write larger than the buffer.
	dst = &limited{max: 5, fail: errDisk}
	w = bufio.NewWriterSize(dst, 16)
	n, err = w.Write([]byte("a write much larger than the buffer"))
	fmt.Println(n, err, string(dst.got))

	// A writer that lies about its count panics in Flush? No: Go reports
	// the short write; a count larger than given is io.ErrShortWrite too.
	fmt.Println(io.ErrShortWrite)
}
