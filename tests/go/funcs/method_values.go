package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p *Point) Move(dx, dy int)  { p.X += dx; p.Y += dy }
func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

type Num int

func (n Num) Times(m int) int { return int(n) * m }

func main() {
	p := Point{1, 2}
	str := p.String // value receiver: p is copied now
	p.X = 100
	fmt.Println(str(), p.String())
	move := p.Move // pointer receiver: &p bound
	move(1, 1)
	move(1, 1)
	fmt.Println(p)
	add := Point.Add // method expression
	fmt.Println(add(Point{1, 1}, Point{2, 2}))
	mv := (*Point).Move
	mv(&p, -102, -4)
	fmt.Println(p)
	strExpr := (*Point).String // value method through pointer type
	fmt.Println(strExpr(&p))
	three := Num(3)
	times := three.Times
	fmt.Println(times(7), Num.Times(4, 5))
	fns := []func() string{p.String, Point{9, 9}.String}
	p.Y = 50
	for _, f := range fns {
		fmt.Println(f())
	}
	fmt.Printf("%T\n%T\n%T\n", add, mv, times)
	pp := &p
	bound := pp.String // copies *pp now
	pp.X = -1
	fmt.Println(bound(), pp.String())
}
