package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type PtrStringer struct{ v int }

func (p *PtrStringer) String() string { return fmt.Sprintf("PS<%d>", p.v) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type ErrThing struct{ code int }

func (e ErrThing) Error() string { return fmt.Sprintf("thing failed (%d)", e.code) }

// Both: Error wins over String.
type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as stringer" }

type Wrapper struct {
	C     Color
	T     Temp
	P     *PtrStringer
	V     PtrStringer
	E     error
	inner Color
}

type GoStr struct{ n int }

func (g GoStr) GoString() string { return fmt.Sprintf("GoStr(%d)", g.n) }

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q %x %5s|%-6v|\n", Green, Green, Green, Green, Green, Red, Blue)
	fmt.Printf("%v %+v %#v\n", []Color{Red, Blue}, map[Color]int{Blue: 2, Red: 1}, Green)
	ps := &PtrStringer{3}
	fmt.Println(ps, *ps)
	fmt.Printf("%v %s %+v\n", ps, ps, *ps)
	fmt.Println(Temp(21.55), []Temp{1, 2.25})
	fmt.Printf("%v %.2f %s\n", Temp(3), Temp(3), Temp(3))
	e := ErrThing{5}
	fmt.Println(e, &e)
	fmt.Printf("%v %s %q %d\n", e, e, e, e)
	fmt.Println(Both{}, error(Both{}), fmt.Stringer(Both{}))
	w := Wrapper{C: Blue, T: 10, P: &PtrStringer{1}, V: PtrStringer{2}, E: errors.New("boom"), inner: Green}
	fmt.Printf("%v\n", w)
	fmt.Printf("%+v\n", w)
	var nilp *PtrStringer
	fmt.Printf("[%v] [%s]\n", []fmt.Stringer{Red, Temp(1)}, []error{e, nil})
	fmt.Println(nilp == nil)
	fmt.Printf("%v %#v %+v\n", GoStr{1}, GoStr{2}, GoStr{3})
	fmt.Println(fmt.Sprint(Red, Green), fmt.Sprint(Red, 1, 2, Green), fmt.Sprint("a", Red, "b"))
	var s fmt.Stringer = Color(1)
	fmt.Printf("%T %v\n", s, s)
	type named string
	fmt.Printf("%v %q %T\n", named("hi"), named("hi"), named("hi"))
	type Matrix [2][2]Color
	fmt.Println(Matrix{{Red, Green}, {Blue, 9}})
}
