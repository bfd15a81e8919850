package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

// byteSrc is a plain io.Reader (not a RuneScanner) that counts its reads.
type byteSrc struct {
	s     string
	reads int
	err   error
}

func (r *byteSrc) Read(p []byte) (int, error) {
	r.reads++
	if len(r.s) == 0 {
		if r.err != nil {
			return 0, r.err
		}
		return 0, io.EOF
	}
	n := copy(p, r.s)
	r.s = r.s[n:]
	return n, nil
}

func main() {
	// Fscan reads a plain reader one byte at a time, so what it does not
	// consume stays in the reader (but one byte past the token is read).
	src := &byteSrc{s: "12 34 rest of the input"}
	var a, b int
	n, err := fmt.Fscan(src, &a, &b)
	fmt.Println(n, err, a, b, "left:", fmt.Sprintf("%q", src.s), "reads:", src.reads)
	var w string
	n, err = fmt.Fscan(src, &w)
	fmt.Println(n, err, w, fmt.Sprintf("%q", src.s))

	// Over a bufio.Reader (a RuneScanner) the unread rune goes back.
	br := bufio.NewReader(&byteSrc{s: "5 6\nnext line\n"})
	n, err = fmt.Fscanln(br, &a, &b)
	fmt.Println(n, err, a, b)
	line, err := br.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	br = bufio.NewReader(&byteSrc{s: "7x"})
	n, err = fmt.Fscan(br, &a)
	fmt.Println(n, err, a)
	c, _ := br.ReadByte()
	fmt.Printf("%q\n", c)

	// Fscanf line by line.
	br = bufio.NewReader(&byteSrc{s: "1,one\n2,two\n3,three\n"})
	for {
		var num int
		var name string
		n, err := fmt.Fscanf(br, "%d,%s\n", &num, &name)
		if err != nil {
			fmt.Println("stop:", n, err)
			break
		}
		fmt.Println(num, name)
	}
	// Fscanln repeatedly over a plain reader.
	src = &byteSrc{s: "a 1\nb 2\nc x\n"}
	for {
		var k string
		var v int
		n, err := fmt.Fscanln(src, &k, &v)
		fmt.Println(n, k, v, err)
		if err != nil {
			break
		}
	}
	// A reader error is returned.
	boom := errors.New("boom")
	n, err = fmt.Fscan(&byteSrc{s: "12", err: boom}, &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Fscan(&byteSrc{s: "1", err: boom}, &a)
	fmt.Println(n, err, a)
	// Invalid UTF-8 through a plain reader.
	var s string
	n, err = fmt.Fscan(&byteSrc{s: "a\xffb c"}, &s)
	fmt.Printf("%d %v %q\n", n, err, s)
	var r1, r2 rune
	n, err = fmt.Fscanf(&byteSrc{s: "\xe4\xb8x"}, "%c%c", &r1, &r2)
	fmt.Printf("%d %v %q %q\n", n, err, r1, r2)
	// Fscan many numbers.
	src = &byteSrc{s: "10 20 30 40 50 60 70 80 90 100"}
	sum := 0
	for {
		var x int
		if _, err := fmt.Fscan(src, &x); err != nil {
			fmt.Println("sum", sum, err)
			break
		}
		sum += x
	}
}
