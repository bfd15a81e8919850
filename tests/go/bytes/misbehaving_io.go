package main

import (
	"bytes"
	"fmt"
	"strings"
)

type negReader struct{}

func (negReader) Read(p []byte) (int, error) { return -1, nil }

type liarWriter struct{}

func (liarWriter) Write(p []byte) (int, error) { return len(p) + 1, nil }

type liarStringWriter struct{}

func (liarStringWriter) Write(p []byte) (int, error) { return len(p), nil }

func (liarStringWriter) WriteString(s string) (int, error) { return len(s) + 2, nil }

func try(label string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: panic with error %q\n", label, err.Error())
			return
		}
		fmt.Printf("%s: panic %v\n", label, r)
	}()
	f()
	fmt.Println(label, "did not panic")
}

func main() {
	try("Buffer.ReadFrom negative", func() {
		var b bytes.Buffer
		b.ReadFrom(negReader{})
	})
	try("Buffer.WriteTo liar", func() {
		b := bytes.NewBufferString("data")
		b.WriteTo(liarWriter{})
	})
	try("Reader.WriteTo liar", func() {
		r := bytes.NewReader([]byte("data"))
		r.WriteTo(liarWriter{})
	})
	try("strings.Reader.WriteTo liar", func() {
		r := strings.NewReader("data")
		r.WriteTo(liarStringWriter{})
	})
	try("empty Buffer.WriteTo liar", func() {
		var b bytes.Buffer
		n, err := b.WriteTo(liarWriter{})
		fmt.Println("empty:", n, err)
	})
}
