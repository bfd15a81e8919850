package main

import (
	"bufio"
	"fmt"
	"io"
)

// chunkReader hands out its string n bytes per Read.
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

func lines(input string, chunk int) {
	sc := bufio.NewScanner(&chunkReader{input, chunk})
	var got []string
	for sc.Scan() {
		got = append(got, sc.Text())
	}
	fmt.Printf("%q chunk=%d -> %q err=%v\n", input, chunk, got, sc.Err())
}

func main() {
	inputs := []string{
		"",
		"\n",
		"\n\n",
		"one",
		"one\n",
		"one\ntwo",
		"one\ntwo\n",
		"crlf\r\nline\r\n",
		"cr only\rhere\n",
		"trailing cr\r",
		"a\n\nb\n\n\nc",
		"  spaces kept  \n\ttabs\t\n",
		"héllo\nwörld\n",
		"\r\n\r\n",
	}
	for _, in := range inputs {
		lines(in, 1000)
		lines(in, 1)
		lines(in, 3)
	}
	// Bytes aliases the buffer; Text copies.
	sc := bufio.NewScanner(&chunkReader{"abc\ndef\n", 100})
	sc.Scan()
	b := sc.Bytes()
	t := sc.Text()
	fmt.Println(string(b), t, len(b), cap(b) >= len(b))
	sc.Scan()
	fmt.Println(sc.Text())
	fmt.Println(sc.Scan(), sc.Scan(), sc.Err())
}
