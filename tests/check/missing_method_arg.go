package main

import "fmt"

type Writer interface {
	Write(p []byte) (int, error)
}

type buffer struct{ data []byte }

func (b *buffer) Append(p []byte) { b.data = append(b.data, p...) }

func save(w Writer, msg string) {
	w.Write([]byte(msg))
}

func main() {
	b := &buffer{}
	save(b, "hi") // ERROR "cannot use b \(variable of type \*buffer\) as Writer value in argument to save: \*buffer does not implement Writer \(missing method Write\)"
	fmt.Println(len(b.data))
}
