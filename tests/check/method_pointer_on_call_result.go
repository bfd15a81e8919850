package main

import "fmt"

type buffer struct{ data []byte }

func (b *buffer) Reset() { b.data = b.data[:0] }

func newBuffer() buffer { return buffer{} }

func main() {
	newBuffer().Reset() // ERROR "cannot call pointer method Reset on buffer"
	fmt.Println("reset")
}
