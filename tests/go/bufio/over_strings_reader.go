package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	// Each split func over a strings.Reader.
	for _, split := range []struct {
		name string
		f    bufio.SplitFunc
	}{{"lines", bufio.ScanLines}, {"words", bufio.ScanWords}, {"runes", bufio.ScanRunes}, {"bytes", bufio.ScanBytes}} {
		sc := bufio.NewScanner(strings.NewReader("héllo wörld\r\nsecond line\n\nend"))
		sc.Split(split.f)
		var toks []string
		for sc.Scan() {
			toks = append(toks, sc.Text())
		}
		fmt.Printf("%s: %d %q %v\n", split.name, len(toks), toks, sc.Err())
	}
	// A bufio.Reader over a strings.Reader; strings.Reader's WriteTo is used.
	r := bufio.NewReaderSize(strings.NewReader("alpha\nbeta\ngamma"), 16)
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	var sb strings.Builder
	n, err := r.WriteTo(&sb)
	fmt.Println(n, err, sb.String())
	// fmt.Fscan over a strings.Reader (a RuneScanner: nothing is over-read).
	sr := strings.NewReader("12 34 tail")
	var a, b int
	k, err := fmt.Fscan(sr, &a, &b)
	fmt.Println(k, err, a, b, sr.Len())
	rest, _ := io.ReadAll(sr)
	fmt.Printf("%q\n", rest)
	// Words longer than a small maximum.
	sc := bufio.NewScanner(strings.NewReader("short " + strings.Repeat("long", 10) + " after"))
	sc.Split(bufio.ScanWords)
	sc.Buffer(nil, 20)
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	fmt.Println(sc.Err())
}
