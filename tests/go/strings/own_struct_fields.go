package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

// Struct types whose fields look like those of the strings and bytes
// packages' own unexported types: they must keep their fields.
type span struct {
	start int
	end   int
}

type interval struct{ start, end int }

type prefixWriter struct {
	w io.Writer
}

func (p prefixWriter) Write(b []byte) (int, error) {
	fmt.Fprint(p.w, "> ")
	return p.w.Write(b)
}

func main() {
	sp := span{2, 5}
	iv := interval{start: 1, end: 3}
	text := "hello, world"
	fmt.Println(text[sp.start:sp.end], text[iv.start:iv.end], sp, iv)

	pw := prefixWriter{os.Stdout}
	fmt.Fprintln(pw, strings.ToUpper("written through a prefixWriter"))
	r := strings.NewReplacer("o", "0")
	r.WriteString(pw, "replacer into a plain io.Writer\n")

	fmt.Printf("%q %q\n", strings.FieldsFunc("a-b--c", func(r rune) bool { return r == '-' }),
		bytes.FieldsFunc([]byte("x.y..z"), func(r rune) bool { return r == '.' }))
	var b bytes.Buffer
	b.WriteString("buffer")
	fmt.Println(b.String(), strings.NewReader("reader").Len())
}
