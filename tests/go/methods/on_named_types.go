package main

import "fmt"

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func (l *IntList) Add(v int) { *l = append(*l, v) }

type Set map[string]bool

func (s Set) Add(k string)      { s[k] = true }
func (s Set) Has(k string) bool { return s[k] }

type Op func(int) int

func (o Op) Twice(x int) int { return o(o(x)) }

type Level int

func (l Level) Next() Level { return l + 1 }
func (l *Level) Bump()      { *l += 10 }

func main() {
	var l IntList
	l.Add(1)
	l.Add(2)
	l.Add(3)
	fmt.Println(l, l.Sum())
	s := Set{}
	s.Add("x")
	fmt.Println(s.Has("x"), s.Has("y"), s)
	inc := Op(func(x int) int { return x + 1 })
	fmt.Println(inc.Twice(5))
	lv := Level(1)
	lv.Bump()
	fmt.Println(lv, lv.Next().Next())
	fmt.Println(IntList{4, 5}.Sum(), Level(7).Next())
}
