// Methods may be declared before their receiver type, and a type's
// methods may be spread around the file: they all belong to it.
package main

import "fmt"

func (s *stack) push(v int) { s.items = append(s.items, v) }

func (s stack) top() int { return s.items[len(s.items)-1] }

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type stack struct{ items []int }

type celsius float64

func (s *stack) pop() int {
	v := s.top()
	s.items = s.items[:len(s.items)-1]
	return v
}

type shape interface{ area() float64 }

func (r rect) area() float64 { return r.w * r.h }

func main() {
	var s stack
	s.push(1)
	s.push(2)
	s.push(3)
	fmt.Println(s.pop(), s.top(), len(s.items))
	fmt.Println(celsius(21.5))
	var sh shape = rect{2, 3}
	fmt.Println(sh.area())
}

type rect struct{ w, h float64 }
