package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct {
	items []T
}

var ErrEmpty = errors.New("stack is empty")

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack[T]) Peek() (T, bool) {
	if len(s.items) == 0 {
		var zero T
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s Stack[T]) Len() int { return len(s.items) }

func balanced(expr string) bool {
	var st Stack[rune]
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	for _, r := range expr {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, err := st.Pop()
			if err != nil || top != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	s := &Stack[int]{}
	for i := 1; i <= 4; i++ {
		s.Push(i * 10)
	}
	fmt.Println("len", s.Len())
	top, ok := s.Peek()
	fmt.Println("peek", top, ok)
	for {
		v, err := s.Pop()
		if err != nil {
			fmt.Println("err:", err, errors.Is(err, ErrEmpty), v)
			break
		}
		fmt.Println("pop", v)
	}
	var ss Stack[string]
	ss.Push("a")
	ss.Push("b")
	fmt.Printf("%v %+v %T\n", ss, ss, ss)
	fmt.Printf("%T\n", s)
	for _, e := range []string{"(a[b]{c})", "(]", "((", "", "{[()()]}", ")("} {
		fmt.Printf("%q balanced=%v\n", e, balanced(e))
	}
	var sp Stack[*Stack[int]]
	sp.Push(s)
	got, _ := sp.Pop()
	fmt.Println(got == s, got.Len())
}
