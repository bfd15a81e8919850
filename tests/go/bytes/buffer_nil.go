package main

import (
	"bytes"
	"fmt"
)

type logger struct {
	name string
	buf  *bytes.Buffer
}

func (l *logger) logf(format string, args ...any) {
	if l.buf == nil {
		l.buf = new(bytes.Buffer)
	}
	fmt.Fprintf(l.buf, "[%s] ", l.name)
	fmt.Fprintf(l.buf, format, args...)
	l.buf.WriteByte('\n')
}

func main() {
	var nb *bytes.Buffer
	fmt.Println("nil String:", nb.String())
	fmt.Printf("%v|%s\n", nb, nb)

	var b bytes.Buffer
	fmt.Printf("zero: %q %v\n", b.String(), b.Len())
	fmt.Println(&b)
	b.WriteString("printed via Stringer")
	fmt.Println(&b)
	fmt.Printf("%s|%v|%q\n", &b, &b, &b)

	l := &logger{name: "app"}
	l.logf("starting %d workers", 4)
	l.logf("value=%v ok=%t", 3.5, true)
	fmt.Print(l.buf.String())

	// Buffers in a slice and in a map.
	bufs := make([]bytes.Buffer, 3)
	for i := range bufs {
		for j := 0; j <= i; j++ {
			bufs[i].WriteString("ab")
		}
	}
	for i := range bufs {
		fmt.Println(i, bufs[i].String(), bufs[i].Len())
	}
	m := map[string]*bytes.Buffer{}
	for _, w := range []string{"x", "y", "x", "z", "x"} {
		if m[w] == nil {
			m[w] = &bytes.Buffer{}
		}
		m[w].WriteString(w)
	}
	fmt.Println(m["x"].String(), m["y"].String(), m["z"].String())
}
