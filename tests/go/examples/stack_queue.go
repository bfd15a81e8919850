package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrEmpty = errors.New("empty")

type Stack struct{ items []interface{} }

func (s *Stack) Push(v interface{}) { s.items = append(s.items, v) }
func (s *Stack) Pop() (interface{}, error) {
	if len(s.items) == 0 {
		return nil, ErrEmpty
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}
func (s *Stack) Len() int { return len(s.items) }

// Ring-buffer queue that grows.
type Queue struct {
	buf        []int
	head, size int
}

func (q *Queue) Enqueue(v int) {
	if q.size == len(q.buf) {
		nb := make([]int, max(4, 2*len(q.buf)))
		for i := range q.size {
			nb[i] = q.buf[(q.head+i)%len(q.buf)]
		}
		q.buf, q.head = nb, 0
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
}

func (q *Queue) Dequeue() (int, error) {
	if q.size == 0 {
		return 0, ErrEmpty
	}
	v := q.buf[q.head]
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, nil
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	st := &Stack{}
	for _, c := range s {
		switch c {
		case '(', '[', '{':
			st.Push(c)
		case ')', ']', '}':
			top, err := st.Pop()
			if err != nil || top.(rune) != pairs[c] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func evalRPN(tokens []string) (int, error) {
	var st []int
	for _, t := range tokens {
		switch t {
		case "+", "-", "*", "/":
			if len(st) < 2 {
				return 0, fmt.Errorf("stack underflow at %q", t)
			}
			a, b := st[len(st)-2], st[len(st)-1]
			st = st[:len(st)-2]
			var r int
			switch t {
			case "+":
				r = a + b
			case "-":
				r = a - b
			case "*":
				r = a * b
			case "/":
				if b == 0 {
					return 0, errors.New("division by zero")
				}
				r = a / b
			}
			st = append(st, r)
		default:
			n, err := strconv.Atoi(t)
			if err != nil {
				return 0, err
			}
			st = append(st, n)
		}
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("bad expression: %d values left", len(st))
	}
	return st[0], nil
}

func main() {
	s := &Stack{}
	s.Push(1)
	s.Push("two")
	s.Push(3.0)
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Printf("%v(%T) ", v, v)
	}
	_, err := s.Pop()
	fmt.Println(err)

	q := &Queue{}
	for i := range 6 {
		q.Enqueue(i)
	}
	a, _ := q.Dequeue()
	b, _ := q.Dequeue()
	for i := 10; i < 14; i++ {
		q.Enqueue(i)
	}
	fmt.Print(a, b, " | ")
	for {
		v, err := q.Dequeue()
		if err != nil {
			fmt.Println("|", err, len(q.buf))
			break
		}
		fmt.Print(v, " ")
	}
	for _, in := range []string{"([]{})", "([)]", "((", "", "{[()()]}x"} {
		fmt.Printf("%q balanced=%t\n", in, balanced(in))
	}
	for _, e := range [][]string{{"2", "3", "+", "4", "*"}, {"1", "+"}, {"4", "0", "/"}, {"1", "2"}, {"1", "x", "+"}} {
		fmt.Println(evalRPN(e))
	}
}
