package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

func describe(name string, v any) {
	_, r := v.(io.Reader)
	_, w := v.(io.Writer)
	_, ra := v.(io.ReaderAt)
	_, s := v.(io.Seeker)
	_, bs := v.(io.ByteScanner)
	_, rs := v.(io.RuneScanner)
	_, wt := v.(io.WriterTo)
	_, rf := v.(io.ReaderFrom)
	_, sw := v.(io.StringWriter)
	_, bw := v.(io.ByteWriter)
	_, st := v.(fmt.Stringer)
	fmt.Printf("%s: Reader=%v Writer=%v ReaderAt=%v Seeker=%v ByteScanner=%v RuneScanner=%v WriterTo=%v ReaderFrom=%v StringWriter=%v ByteWriter=%v Stringer=%v\n",
		name, r, w, ra, s, bs, rs, wt, rf, sw, bw, st)
}

// readAllRunes reads through the io.RuneScanner interface, peeking
// at each rune with UnreadRune first.
func readAllRunes(rs io.RuneScanner) []string {
	var out []string
	for {
		r, _, err := rs.ReadRune()
		if err != nil {
			out = append(out, err.Error())
			return out
		}
		if err := rs.UnreadRune(); err != nil {
			out = append(out, "unread: "+err.Error())
		}
		r2, size, _ := rs.ReadRune()
		out = append(out, fmt.Sprintf("%c/%d/%v", r2, size, r == r2))
	}
}

func main() {
	describe("*bytes.Buffer", &bytes.Buffer{})
	describe("*bytes.Reader", bytes.NewReader(nil))
	describe("*strings.Reader", strings.NewReader(""))
	describe("*strings.Builder", &strings.Builder{})

	fmt.Println(readAllRunes(bytes.NewBufferString("añb")))
	fmt.Println(readAllRunes(bytes.NewReader([]byte("x€"))))
	fmt.Println(readAllRunes(strings.NewReader("ü!")))

	// Pipe data through several readers and writers.
	var sources []io.Reader
	sources = append(sources, bytes.NewReader([]byte("one ")), strings.NewReader("two "), bytes.NewBufferString("three"))
	var out bytes.Buffer
	for _, src := range sources {
		n, err := io.Copy(&out, src)
		fmt.Println("copied", n, err)
	}
	fmt.Println(out.String())

	// ReaderAt through the interface.
	var ra io.ReaderAt = bytes.NewReader([]byte("0123456789"))
	p := make([]byte, 3)
	n, err := ra.ReadAt(p, 8)
	fmt.Printf("%d %v %q\n", n, err, p[:n])

	// io.ReadFull and io.ReadAtLeast on a Buffer.
	buf := bytes.NewBufferString("abcdefg")
	q := make([]byte, 4)
	n, err = io.ReadFull(buf, q)
	fmt.Printf("ReadFull %d %v %q\n", n, err, q[:n])
	n, err = io.ReadFull(buf, q)
	fmt.Printf("ReadFull %d %v %q\n", n, err, q[:n])
	n, err = io.ReadAtLeast(buf, q, 1)
	fmt.Printf("ReadAtLeast %d %v\n", n, err)
}
