package main

import "fmt"

type Box struct{ items []string }

func (b Box) AddValue(s string)    { b.items = append(b.items, s) }
func (b *Box) AddPointer(s string) { b.items = append(b.items, s) }
func (b Box) Count() int           { return len(b.items) }

type Pt struct{ X int }

func (p Pt) Moved() Pt { p.X++; return p }
func (p *Pt) Move()    { p.X++ }

func main() {
	var b Box
	b.AddValue("lost")
	fmt.Println(b.Count())
	b.AddPointer("kept")
	fmt.Println(b.Count(), b.items)
	b2 := Box{make([]string, 1, 10)}
	b2.AddValue("shared array, length not kept")
	fmt.Println(b2.Count(), b2.items[:2])
	p := Pt{0}
	q := p.Moved().Moved()
	p.Move()
	fmt.Println(p, q)
	pts := []Pt{{1}, {2}}
	for _, pt := range pts {
		pt.Move()
	}
	fmt.Println(pts)
	for i := range pts {
		pts[i].Move()
	}
	fmt.Println(pts)
	pp := &pts[0]
	fmt.Println(pp.Moved(), *pp)
}
