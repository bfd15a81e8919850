package main

import "fmt"

type Stack interface {
	Push(v int)
	Pop() int
	Len() int
}

type slice []int

func (s *slice) Push(v int) { *s = append(*s, v) }

func main() {
	var st Stack = &slice{} // ERROR "\*slice does not implement Stack \(missing method Len\)"
	st.Push(1)
	fmt.Println(st.Len())
}
