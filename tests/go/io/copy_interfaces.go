package main

import (
	"fmt"
	"io"
)

type src struct {
	s     string
	reads int
}

func (r *src) Read(p []byte) (int, error) {
	r.reads++
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.s)
	r.s = r.s[n:]
	return n, nil
}

// wt has WriteTo.
type wt struct{ src }

func (r *wt) WriteTo(w io.Writer) (int64, error) {
	fmt.Println("  WriteTo used")
	n, err := w.Write([]byte("from WriteTo:" + r.s))
	return int64(n), err
}

type sink struct{ got string }

func (w *sink) Write(p []byte) (int, error) {
	w.got += string(p)
	return len(p), nil
}

// rf has ReadFrom.
type rf struct{ sink }

func (w *rf) ReadFrom(r io.Reader) (int64, error) {
	fmt.Println("  ReadFrom used")
	b, err := io.ReadAll(r)
	w.got += "[" + string(b) + "]"
	return int64(len(b)), err
}

func main() {
	fmt.Println("plain to plain")
	s := &sink{}
	n, err := io.Copy(s, &src{s: "abc"})
	fmt.Println(n, err, s.got)

	fmt.Println("WriterTo source")
	s = &sink{}
	n, err = io.Copy(s, &wt{src{s: "abc"}})
	fmt.Println(n, err, s.got)

	fmt.Println("ReaderFrom destination")
	d := &rf{}
	n, err = io.Copy(d, &src{s: "abc"})
	fmt.Println(n, err, d.got)

	fmt.Println("both: WriterTo wins")
	d = &rf{}
	n, err = io.Copy(d, &wt{src{s: "xyz"}})
	fmt.Println(n, err, d.got)

	fmt.Println("CopyBuffer too")
	d = &rf{}
	n, err = io.CopyBuffer(d, &src{s: "buf"}, make([]byte, 1))
	fmt.Println(n, err, d.got)

	fmt.Println("CopyN wraps the source in a LimitedReader")
	s = &sink{}
	n, err = io.CopyN(s, &wt{src{s: "abcdef"}}, 3)
	fmt.Println(n, err, s.got)

	// NopCloser keeps WriteTo when the reader has it.
	rc := io.NopCloser(&wt{src{s: "nop"}})
	_, hasWT := rc.(io.WriterTo)
	fmt.Println(rc.Close(), hasWT)
	s = &sink{}
	io.Copy(s, rc)
	fmt.Println(s.got)
	rc = io.NopCloser(&src{s: "plain"})
	_, hasWT = rc.(io.WriterTo)
	fmt.Println(rc.Close(), hasWT)
	b, err := io.ReadAll(rc)
	fmt.Printf("%q %v\n", b, err)
}
