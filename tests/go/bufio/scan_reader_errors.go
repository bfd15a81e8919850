package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

var errBoom = errors.New("boom")

// failing hands out its data then fails.
type failing struct {
	s   string
	err error
}

func (r *failing) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, r.err
	}
	n := copy(p, r.s)
	r.s = r.s[n:]
	return n, nil
}

// dataAndErr returns the data with the error in the same call.
type dataAndErr struct {
	s    string
	err  error
	done bool
}

func (r *dataAndErr) Read(p []byte) (int, error) {
	if r.done {
		return 0, io.EOF
	}
	r.done = true
	return copy(p, r.s), r.err
}

// empty never makes progress.
type empty struct{ calls int }

func (r *empty) Read(p []byte) (int, error) {
	r.calls++
	return 0, nil
}

// liar claims more bytes than it was given room for.
type liar struct{}

func (liar) Read(p []byte) (int, error) { return len(p) + 1, nil }

// negative returns a negative count.
type negative struct{}

func (negative) Read(p []byte) (int, error) { return -1, nil }

func scan(name string, r io.Reader) {
	sc := bufio.NewScanner(r)
	var toks []string
	for sc.Scan() {
		toks = append(toks, sc.Text())
	}
	fmt.Printf("%s: %q err=%v\n", name, toks, sc.Err())
}

func main() {
	scan("failing", &failing{"a\nb\nc", errBoom})
	scan("failing EOF", &failing{"a\nb\nc", io.EOF})
	scan("data+boom", &dataAndErr{s: "x\ny\nz", err: errBoom})
	scan("data+EOF", &dataAndErr{s: "x\ny\nz", err: io.EOF})
	e := &empty{}
	scan("empty", e)
	fmt.Println("calls", e.calls)
	scan("liar", liar{})
	scan("negative", negative{})
	sc := bufio.NewScanner(&failing{"", errBoom})
	fmt.Println(sc.Scan(), sc.Err() == errBoom, sc.Scan())
	fmt.Println(bufio.ErrBadReadCount, "|", io.ErrNoProgress)
}
