package main

import (
	"bufio"
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	w := bufio.NewWriterSize(&buf, 16)
	for i := 0; i < 5; i++ {
		fmt.Fprintf(w, "record %d\n", i)
		fmt.Println("buffered", w.Buffered(), "in bytes.Buffer", buf.Len())
	}
	w.Flush()
	fmt.Println(buf.Len())
	sc := bufio.NewScanner(bytes.NewReader(buf.Bytes()))
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	r := bufio.NewReader(bytes.NewBufferString("one\ntwo\n"))
	n, err := r.WriteTo(&buf)
	fmt.Println(n, err, buf.Len())
	// ReadFrom a bytes.Reader.
	var out bytes.Buffer
	bw := bufio.NewWriter(&out)
	m, err := bw.ReadFrom(bytes.NewReader([]byte("read from bytes")))
	bw.Flush()
	fmt.Println(m, err, out.String())
}
