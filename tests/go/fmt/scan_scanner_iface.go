package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// pair scans "a:b".
type pair struct {
	key, val string
}

func (p *pair) Scan(state fmt.ScanState, verb rune) error {
	tok, err := state.Token(true, func(r rune) bool { return r != ':' && !unicode.IsSpace(r) })
	if err != nil {
		return err
	}
	p.key = string(tok)
	r, _, err := state.ReadRune()
	if err != nil {
		return err
	}
	if r != ':' {
		return fmt.Errorf("expected ':' got %q", r)
	}
	tok, err = state.Token(false, nil)
	if err != nil {
		return err
	}
	p.val = string(tok)
	return nil
}

// upperWord scans a word and upper-cases it; it reports the width and verb.
type upperWord string

func (u *upperWord) Scan(state fmt.ScanState, verb rune) error {
	wid, ok := state.Width()
	state.SkipSpace()
	var b strings.Builder
	for {
		r, _, err := state.ReadRune()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		if unicode.IsSpace(r) {
			state.UnreadRune()
			break
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	*u = upperWord(fmt.Sprintf("%s(%c,%d,%v)", b.String(), verb, wid, ok))
	return nil
}

// refuse always fails; eofer returns io.EOF.
type refuse struct{}

func (refuse) Scan(state fmt.ScanState, verb rune) error { return errors.New("refused") }

type eofer struct{}

func (eofer) Scan(state fmt.ScanState, verb rune) error { return io.EOF }

// reader calls Read, which fmt's ScanState refuses.
type reader struct {
	err   error
	calls int
}

func (r *reader) Scan(state fmt.ScanState, verb rune) error {
	_, r.err = state.Read(make([]byte, 1))
	return nil
}

// nested scans two ints with Fscan on the ScanState itself.
type nested struct{ a, b int }

func (n *nested) Scan(state fmt.ScanState, verb rune) error {
	_, err := fmt.Fscan(state, &n.a, &n.b)
	return err
}

func main() {
	var p, q pair
	n, err := fmt.Sscan("host:example.org port:8080", &p, &q)
	fmt.Println(n, err, p, q)
	n, err = fmt.Sscan("novalue", &p)
	fmt.Println(n, err)
	n, err = fmt.Sscan("k;v", &p)
	fmt.Println(n, err)
	var u, w upperWord
	n, err = fmt.Sscan("  hello world", &u, &w)
	fmt.Println(n, err, u, w)
	n, err = fmt.Sscanf("abcdef xyz", "%3v %s", &u, &w)
	fmt.Println(n, err, u, w)
	n, err = fmt.Sscanf("abcdef", "%q", &u)
	fmt.Println(n, err, u)
	n, err = fmt.Sscan("x", refuse{})
	fmt.Println(n, err)
	n, err = fmt.Sscan("x", eofer{})
	fmt.Println(n, err)
	r := &reader{}
	n, err = fmt.Sscan("x", r)
	fmt.Println(n, err, r.err)
	var ns nested
	n, err = fmt.Sscan("3 4", &ns)
	fmt.Println(n, err, ns)
	var i int
	var up upperWord
	n, err = fmt.Sscanf("7 seven", "%d %v", &i, &up)
	fmt.Println(n, err, i, up)
	// Token with a nil func: the word up to a space.
	n, err = fmt.Sscan("key:value:more", &p)
	fmt.Println(n, err, p)
}
