package main

import (
	"bufio"
	"fmt"
	"io"
)

type oneByte struct {
	s    string
	seen int
}

func (r *oneByte) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	p[0] = r.s[0]
	r.s = r.s[1:]
	return 1, nil
}

type whole struct {
	s    string
	done bool
}

func (r *whole) Read(p []byte) (int, error) {
	if r.done {
		return 0, io.EOF
	}
	n := copy(p, r.s)
	r.s = r.s[n:]
	if len(r.s) == 0 {
		r.done = true
		return n, io.EOF // data and EOF together
	}
	return n, nil
}

func words(in string, r io.Reader) {
	sc := bufio.NewScanner(r)
	sc.Split(bufio.ScanWords)
	var got []string
	for sc.Scan() {
		got = append(got, sc.Text())
	}
	fmt.Printf("%q -> %d %q %v\n", in, len(got), got, sc.Err())
}

func main() {
	ins := []string{
		"",
		"   ",
		"one",
		"  one  two   three ",
		"tab\tsep\nnew\vline\fform\rcr",
		"nbsp\u00a0separated\u2003em\u3000ideo",
		"\u0085nel\u2028ls\u2029ps end",
		"mixé ünïcode wörds",
		"x\u200by", // zero width space is not a space
		"\xff\xfe bad utf8",
	}
	for _, in := range ins {
		words(in, &whole{s: in})
		words(in, &oneByte{s: in})
	}
	// Counting words in a longer text.
	text := ""
	for i := 0; i < 500; i++ {
		text += fmt.Sprintf("w%d ", i)
		if i%7 == 0 {
			text += "\n"
		}
	}
	sc := bufio.NewScanner(&whole{s: text})
	sc.Split(bufio.ScanWords)
	count := 0
	last := ""
	for sc.Scan() {
		count++
		last = sc.Text()
	}
	fmt.Println(count, last, sc.Err())
}
