package main

import (
	"fmt"
	"strconv"
)

// Methods with their own type parameters (accepted by Go 1.27).

type Box[T any] struct{ V T }

func (b Box[T]) Map[U any](f func(T) U) Box[U] { return Box[U]{f(b.V)} }

func (b Box[T]) Pair[U any](u U) struct {
	A T
	B U
} {
	return struct {
		A T
		B U
	}{b.V, u}
}

type Printer struct{ prefix string }

func (p Printer) Show[T any](x T) string { return fmt.Sprintf("%s%T=%v", p.prefix, x, x) }

func (p *Printer) Set[T fmt.Stringer](x T) { p.prefix = x.String() + ": " }

type tag string

func (t tag) String() string { return "<" + string(t) + ">" }

func main() {
	b := Box[int]{21}
	s := b.Map(func(n int) string { return strconv.Itoa(n * 2) })
	fmt.Printf("%v %T\n", s, s)
	f := s.Map(func(s string) float64 { return float64(len(s)) / 4 })
	fmt.Printf("%v %T\n", f, f)
	fmt.Printf("%+v\n", b.Pair("x"))
	fmt.Printf("%+v\n", b.Pair[[]bool](nil))
	p := Printer{"> "}
	fmt.Println(p.Show(1), p.Show("s"), p.Show[float32](2))
	p.Set(tag("t"))
	fmt.Println(p.Show(b))
	mv := p.Show[int]
	fmt.Println(mv(7))
}
