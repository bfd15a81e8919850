package main

import "fmt"

type Reader interface {
	Read() string
}

type Writer interface {
	Write(s string) int
}

type ReadWriter interface {
	Reader
	Writer
}

type Closer interface{ Close() error }

type ReadWriteCloser interface {
	ReadWriter
	Closer
}

type File struct {
	data   []string
	closed bool
}

func (f *File) Read() string {
	if len(f.data) == 0 {
		return ""
	}
	s := f.data[0]
	f.data = f.data[1:]
	return s
}

func (f *File) Write(s string) int { f.data = append(f.data, s); return len(s) }
func (f *File) Close() error       { f.closed = true; return nil }

func main() {
	f := &File{}
	var rwc ReadWriteCloser = f
	rwc.Write("hello")
	rwc.Write("world")
	var r Reader = rwc
	var w Writer = rwc
	fmt.Println(w.Write("!"), r.Read(), r.Read())
	rw := ReadWriter(f)
	fmt.Println(rw.Read())
	fmt.Println(rwc.Close())
	fmt.Println(f.closed)
	var c Closer = f
	if rw2, ok := c.(ReadWriter); ok {
		fmt.Println("closer is also a ReadWriter", rw2.Read() == "")
	}
	_, isW := interface{}(42).(Writer)
	fmt.Println(isW)
}
