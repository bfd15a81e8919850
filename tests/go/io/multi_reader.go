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

func main() {
	mr := io.MultiReader(&src{s: "abc"}, &src{s: ""}, &src{s: "defgh", chunk: 2}, &src{s: "ij"})
	buf := make([]byte, 4)
	for {
		n, err := mr.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	n, err := mr.Read(buf)
	fmt.Println(n, err)

	// ReadAll over one.
	all, err := io.ReadAll(io.MultiReader(&src{s: "one "}, &src{s: "two "}, &src{s: "three"}))
	fmt.Printf("%q %v\n", all, err)
	// An error stops it.
	boom := errors.New("boom")
	all, err = io.ReadAll(io.MultiReader(&src{s: "ok "}, &src{s: "bad", err: boom}, &src{s: "never"}))
	fmt.Printf("%q %v\n", all, err)
	// No readers: EOF at once.
	n, err = io.MultiReader().Read(buf)
	fmt.Println(n, err)
	// Nested.
	inner := io.MultiReader(&src{s: "in1"}, &src{s: "in2"})
	outer := io.MultiReader(&src{s: "<"}, inner, &src{s: ">"})
	all, _ = io.ReadAll(outer)
	fmt.Printf("%q\n", all)
	// io.Copy uses its WriteTo.
	w := &recorder{}
	copied, err := io.Copy(w, io.MultiReader(&src{s: "x", chunk: 1}, &src{s: "yz"}))
	fmt.Println(copied, err, w.writes)
	// The readers slice is copied.
	rs := []io.Reader{&src{s: "A"}, &src{s: "B"}}
	mr = io.MultiReader(rs...)
	rs[1] = &src{s: "changed"}
	all, _ = io.ReadAll(mr)
	fmt.Printf("%q\n", all)
}
