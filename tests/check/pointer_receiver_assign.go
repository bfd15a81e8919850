package main

import (
	"fmt"
	"io"
)

type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}

func main() {
	var c counter
	var w io.Writer = c // ERROR "counter does not implement io.Writer \(method Write has pointer receiver\)"
	fmt.Fprintf(w, "hello")
	fmt.Println(c.n)
}
