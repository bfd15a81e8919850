package main

import (
	"bufio"
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
	copy(p, r.s[:k])
	r.s = r.s[k:]
	return k, nil
}

func scan(name string, split bufio.SplitFunc, in string, chunk int) {
	sc := bufio.NewScanner(&chunkReader{in, chunk})
	sc.Split(split)
	var toks []string
	for sc.Scan() {
		toks = append(toks, sc.Text())
	}
	fmt.Printf("%s %q chunk=%d: %d %q %v\n", name, in, chunk, len(toks), toks, sc.Err())
}

func main() {
	ins := []string{
		"",
		"abc",
		"héllo, 世界!",
		"emoji 🎉 ok",
		"bad\xffbyte",
		"cut\xe4\xb8",        // truncated 3-byte sequence at EOF
		"\xe4\xb8\x96\xe7",   // one good rune then a truncated one
		"\xc0\x80 overlong",  // overlong encoding
		"\xed\xa0\x80 surro", // surrogate half
	}
	for _, in := range ins {
		for _, chunk := range []int{100, 1, 2} {
			scan("runes", bufio.ScanRunes, in, chunk)
			scan("bytes", bufio.ScanBytes, in, chunk)
		}
	}
	// The runes as values.
	sc := bufio.NewScanner(&chunkReader{"a\xffé", 1})
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		b := sc.Bytes()
		fmt.Printf("% x %d %q\n", b, len(b), []rune(sc.Text()))
	}
}
