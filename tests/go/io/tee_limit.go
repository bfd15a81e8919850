package main

import (
	"errors"
	"fmt"
	"io"
)

type src struct {
	s     string
	chunk int
}

func (r *src) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
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

type failing struct{}

func (failing) Write(p []byte) (int, error) { return 1, errors.New("tee sink failed") }

func main() {
	// TeeReader copies what is read.
	rec := &recorder{}
	tr := io.TeeReader(&src{s: "teed data", chunk: 4}, rec)
	all, err := io.ReadAll(tr)
	fmt.Printf("%q %v %q\n", all, err, rec.writes)
	// Its writer's error is returned.
	tr = io.TeeReader(&src{s: "abc"}, failing{})
	buf := make([]byte, 8)
	n, err := tr.Read(buf)
	fmt.Println(n, err)

	// LimitReader.
	lr := io.LimitReader(&src{s: "0123456789"}, 4)
	all, err = io.ReadAll(lr)
	fmt.Printf("%q %v\n", all, err)
	l := &io.LimitedReader{R: &src{s: "0123456789", chunk: 3}, N: 7}
	for {
		n, err := l.Read(buf)
		fmt.Printf("%d %q %v N=%d\n", n, buf[:n], err, l.N)
		if err != nil {
			break
		}
	}
	// Limits beyond the data, zero and negative.
	for _, lim := range []int64{100, 0, -3} {
		all, err = io.ReadAll(io.LimitReader(&src{s: "short"}, lim))
		fmt.Printf("limit %d: %q %v\n", lim, all, err)
	}
	// Tee of a limit.
	rec = &recorder{}
	all, _ = io.ReadAll(io.TeeReader(io.LimitReader(&src{s: "limited and teed"}, 7), rec))
	fmt.Printf("%q %q\n", all, rec.writes)
	// io.Copy with a LimitedReader source.
	rec = &recorder{}
	copied, err := io.Copy(rec, &io.LimitedReader{R: &src{s: "abcdefghijklmnop"}, N: 5})
	fmt.Println(copied, err, rec.writes)
}
