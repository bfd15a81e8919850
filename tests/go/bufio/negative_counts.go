package main

import (
	"bufio"
	"fmt"
	"io"
)

type negReader struct{ calls int }

func (r *negReader) Read(p []byte) (int, error) {
	r.calls++
	return -1, nil
}

type negWriter struct{}

func (negWriter) Write(p []byte) (int, error) { return -2, nil }

type fine struct {
	s   string
	pos int
}

func (r *fine) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	n := copy(p, r.s)
	r.s = r.s[n:]
	return n, nil
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if err, ok := r.(error); ok {
			fmt.Println(name, "panic (error):", err)
			return
		}
		fmt.Println(name, "panic:", r)
	}()
	f()
	fmt.Println(name, "returned")
}

func main() {
	try("ReadByte", func() { bufio.NewReader(&negReader{}).ReadByte() })
	try("Read small", func() { bufio.NewReader(&negReader{}).Read(make([]byte, 4)) })
	try("Read big", func() { bufio.NewReaderSize(&negReader{}, 16).Read(make([]byte, 100)) })
	try("Peek", func() { bufio.NewReader(&negReader{}).Peek(2) })
	try("Flush", func() {
		w := bufio.NewWriter(negWriter{})
		w.WriteString("data")
		w.Flush()
	})
	// A reader that keeps returning 0, nil: ReadByte gives up with
	// io.ErrNoProgress after 100 tries.
	r := bufio.NewReader(&zero{})
	_, err := r.ReadByte()
	fmt.Println(err)
	// Scanner on a reader that returns EOF with data, read one rune at a time.
	sc := bufio.NewScanner(&fine{s: "x y"})
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())
}

type zero struct{ calls int }

func (z *zero) Read(p []byte) (int, error) {
	z.calls++
	return 0, nil
}
