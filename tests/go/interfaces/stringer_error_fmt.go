package main

import "fmt"

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Point struct{ X, Y int }

func (p *Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type Fault struct{ Code int }

func (f Fault) Error() string  { return fmt.Sprint("fault #", f.Code) }
func (f Fault) String() string { return "never used: Error wins" }

type Loud struct{ word string }

func (l Loud) String() string {
	fmt.Println("  (String called for", l.word+")")
	return l.word + "!"
}

func main() {
	t := Temp(36.6)
	fmt.Println(t, []Temp{1, 2.5})
	fmt.Printf("%v|%s|%.2f|%d\n", t, t, t, 7)
	p := Point{1, 2}
	fmt.Println(p, &p) // only *Point has String
	fmt.Printf("%v %+v\n", &p, p)
	var err error = Fault{404}
	fmt.Println(err)
	fmt.Printf("err: %v / %s\n", err, err)
	s := fmt.Sprint(Loud{"a"}, Loud{"b"})
	fmt.Println(s)
	m := map[string]Temp{"x": 1, "y": 2}
	fmt.Println(m)
	type wrapper struct {
		T Temp
		N int
	}
	fmt.Printf("%v %+v\n", wrapper{3, 4}, wrapper{5, 6})
	var np *Point
	fmt.Println(np == nil)
}
