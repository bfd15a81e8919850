package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
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

// commas splits on ',' and keeps the final field.
func commas(data []byte, atEOF bool) (int, []byte, error) {
	for i := 0; i < len(data); i++ {
		if data[i] == ',' {
			return i + 1, data[:i], nil
		}
	}
	if !atEOF {
		return 0, nil, nil
	}
	return 0, data, bufio.ErrFinalToken
}

var errBadNumber = errors.New("not a number")

// numbers wraps ScanWords and checks every token is an integer.
func numbers(data []byte, atEOF bool) (int, []byte, error) {
	adv, tok, err := bufio.ScanWords(data, atEOF)
	if err == nil && tok != nil {
		if _, e := strconv.Atoi(string(tok)); e != nil {
			return 0, nil, fmt.Errorf("token %q: %w", tok, errBadNumber)
		}
	}
	return adv, tok, err
}

// stopAt ends the scan at the word "STOP" with ErrFinalToken and no token.
func stopAt(data []byte, atEOF bool) (int, []byte, error) {
	adv, tok, err := bufio.ScanWords(data, atEOF)
	if string(tok) == "STOP" {
		return adv, nil, bufio.ErrFinalToken
	}
	return adv, tok, err
}

// pairs returns two bytes at a time.
func pairs(data []byte, atEOF bool) (int, []byte, error) {
	if len(data) >= 2 {
		return 2, data[:2], nil
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

// finalEmpty returns an empty final token.
func finalEmpty(data []byte, atEOF bool) (int, []byte, error) {
	return 0, []byte{}, bufio.ErrFinalToken
}

func run(name string, split bufio.SplitFunc, in string, chunk int) {
	sc := bufio.NewScanner(&chunkReader{in, chunk})
	sc.Split(split)
	var toks []string
	for sc.Scan() {
		toks = append(toks, sc.Text())
	}
	err := sc.Err()
	fmt.Printf("%s %q/%d: %q err=%v isBad=%v\n", name, in, chunk, toks, err, errors.Is(err, errBadNumber))
}

func main() {
	for _, chunk := range []int{64, 1, 4} {
		run("commas", commas, "a,b,,c", chunk)
		run("commas", commas, "a,b,", chunk)
		run("commas", commas, "", chunk)
		run("numbers", numbers, "1 2 3 44", chunk)
		run("numbers", numbers, "1 2 x3 4", chunk)
		run("stop", stopAt, "go on STOP never seen", chunk)
		run("stop", stopAt, "no stop here", chunk)
		run("pairs", pairs, "abcdefg", chunk)
		run("finalEmpty", finalEmpty, "anything", chunk)
	}
	fmt.Println(bufio.ErrFinalToken)
	// A split func that counts its calls on a tiny buffer.
	calls := 0
	sc := bufio.NewScanner(&chunkReader{"xx yy zz", 3})
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		calls++
		return bufio.ScanWords(data, atEOF)
	})
	n := 0
	for sc.Scan() {
		n++
	}
	fmt.Println(n, calls > n, sc.Err())
}
