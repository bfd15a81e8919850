package main

import "fmt"

type Sizer interface {
	Size() int64
}

type file struct{ n int }

func (f file) Size() int { return f.n }

func main() {
	var s Sizer
	s = file{10} // ERROR "file does not implement Sizer \(wrong type for method Size\)"
	fmt.Println(s.Size())
}
