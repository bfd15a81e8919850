package main

import (
	"bufio"
	"fmt"
	"io"
)

type conn struct {
	in  string
	out []string
}

func (c *conn) Read(p []byte) (int, error) {
	if len(c.in) == 0 {
		return 0, io.EOF
	}
	n := copy(p, c.in)
	c.in = c.in[n:]
	return n, nil
}

func (c *conn) Write(p []byte) (int, error) {
	c.out = append(c.out, string(p))
	return len(p), nil
}

func main() {
	c := &conn{in: "PING 1\nPING 2\nQUIT\n"}
	rw := bufio.NewReadWriter(bufio.NewReader(c), bufio.NewWriter(c))
	for {
		line, err := rw.ReadString('\n')
		if err != nil {
			fmt.Println("read error:", err)
			break
		}
		if line == "QUIT\n" {
			rw.WriteString("BYE\n")
			break
		}
		fmt.Fprintf(rw, "PONG %s", line[5:])
	}
	fmt.Println("before flush:", len(c.out), rw.Writer.Buffered())
	rw.Flush()
	fmt.Printf("%q\n", c.out)
	// Both halves' methods are promoted; the conflicting ones are not.
	var rdr io.Reader = rw
	var wtr io.Writer = rw
	_ = rdr
	_ = wtr
	fmt.Println(rw.Reader.Size(), rw.Writer.Size(), rw.Available())
	b, err := rw.Peek(1)
	fmt.Println(b, err)
	rw.WriteByte('!')
	rw.WriteRune('é')
	rw.Flush()
	fmt.Printf("%q\n", c.out)
}
