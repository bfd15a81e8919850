package main

import "fmt"

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r *Rect) Scale(f float64)   { r.W *= f; r.H *= f }
func (r Rect) ScaledCopy(f float64) Rect {
	r.W *= f
	r.H *= f
	return r
}

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}
func (s Stack) Len() int { return len(s.items) }

func main() {
	r := Rect{3, 4}
	fmt.Println(r.Area(), r.Perimeter())
	r.Scale(2)
	fmt.Println(r)
	c := r.ScaledCopy(0.5)
	fmt.Println(r, c)
	p := &r
	fmt.Println(p.Area())
	var s Stack
	for i := 1; i <= 4; i++ {
		s.Push(i * i)
	}
	fmt.Println(s.Len(), s.Pop(), s.Pop(), s.Len())
	rs := []Rect{{1, 1}, {2, 3}}
	for i := range rs {
		rs[i].Scale(10)
	}
	fmt.Println(rs)
	m := map[string]*Stack{"a": {}}
	m["a"].Push(7)
	fmt.Println(m["a"].Len())
}
