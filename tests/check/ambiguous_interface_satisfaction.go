package main

import (
	"fmt"
	"io"
)

type reader1 struct{}

func (reader1) Read(p []byte) (int, error) { return 0, io.EOF }

type reader2 struct{}

func (reader2) Read(p []byte) (int, error) { return 0, io.EOF }

type both struct {
	reader1
	reader2
}

func main() {
	var r io.Reader = both{} // ERROR "both does not implement io.Reader \(ambiguous selector both.Read\)"
	fmt.Println(r)
}
