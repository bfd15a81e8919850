package main

import (
	"bufio"
	"fmt"
	"io"
)

type src struct {
	s    string
	seen int
}

func (r *src) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.s)
	r.s = r.s[n:]
	return n, nil
}

func scan(name string, in string, split bufio.SplitFunc) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	sc := bufio.NewScanner(&src{s: in})
	sc.Split(split)
	n := 0
	var toks []string
	for sc.Scan() {
		n++
		if n > 1000 {
			fmt.Println(name, "still scanning")
			break
		}
		if n <= 5 {
			toks = append(toks, sc.Text())
		}
	}
	fmt.Printf("%s: %d %q err=%v\n", name, n, toks, sc.Err())
}

func main() {
	// Empty tokens without advancing at EOF: the Scanner panics after 100.
	scan("stuck", "abc", func(data []byte, atEOF bool) (int, []byte, error) {
		if !atEOF {
			return 0, nil, nil
		}
		return 0, []byte{}, nil
	})
	// Empty tokens that do advance are fine.
	scan("advancing", "abcdef", func(data []byte, atEOF bool) (int, []byte, error) {
		if len(data) == 0 {
			return 0, nil, nil
		}
		return 1, []byte{}, nil
	})
	// Negative advance.
	scan("negative", "abc", func(data []byte, atEOF bool) (int, []byte, error) {
		return -1, nil, nil
	})
	// Advance too far.
	scan("toofar", "abc", func(data []byte, atEOF bool) (int, []byte, error) {
		return len(data) + 1, nil, nil
	})
	// A split that returns a custom error on the second token.
	calls := 0
	scan("err2", "a b c", func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if tok != nil {
			calls++
			if calls == 2 {
				return 0, nil, fmt.Errorf("second token %q refused", tok)
			}
		}
		return adv, tok, err
	})
	// A nil token with advance skips input.
	scan("skipper", "a1b2c3", func(data []byte, atEOF bool) (int, []byte, error) {
		if len(data) == 0 {
			return 0, nil, nil
		}
		if data[0] >= '0' && data[0] <= '9' {
			return 1, data[:1], nil
		}
		return 1, nil, nil
	})
	// Lines with empty lines are empty tokens that advance.
	scan("lines", "\n\n\n\n", bufio.ScanLines)
}
