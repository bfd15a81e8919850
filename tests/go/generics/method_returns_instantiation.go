package main

import (
	"fmt"
	"strings"
)

// Methods may return other instantiations of their own type as long as the
// set of instantiations stays finite (Box[T].Wrap() Box[Box[T]] would be an
// instantiation cycle); wrapping into deeper types is done by functions.

type Box[T any] struct{ V T }

func Wrap[T any](b Box[T]) Box[Box[T]] { return Box[Box[T]]{b} }
func SliceOf[T any](b Box[T]) Box[[]T] { return Box[[]T]{[]T{b.V, b.V}} }

func (b Box[T]) Describe() Box[string] { return Box[string]{fmt.Sprintf("%T", b.V)} }
func (b Box[T]) Count() Box[int]       { return Box[int]{len(fmt.Sprint(b.V))} }
func (b Box[T]) Any() Box[any]         { return Box[any]{b.V} }

type Vec[T any] []T

func (v Vec[T]) Strings() Vec[string] {
	out := make(Vec[string], len(v))
	for i, x := range v {
		out[i] = fmt.Sprint(x)
	}
	return out
}

func (v Vec[T]) Lens() Vec[int] {
	out := make(Vec[int], len(v))
	for i, s := range v.Strings() {
		out[i] = len(s)
	}
	return out
}

func (v Vec[T]) Len() int { return len(v) }

func Pairs[T any](v Vec[T]) Vec[[2]T] {
	var out Vec[[2]T]
	for i := 0; i+1 < len(v); i += 2 {
		out = append(out, [2]T{v[i], v[i+1]})
	}
	return out
}

func main() {
	b := Box[int]{7}
	w := Wrap(b)
	fmt.Printf("%v %T\n", w, w)
	ww := Wrap(w)
	fmt.Printf("%+v %T\n", ww, ww)
	fmt.Println(ww.V.V.V)
	s := SliceOf(b)
	fmt.Printf("%v %T\n", s, s)
	fmt.Println(b.Describe().V, w.Describe().V, s.Describe().V, SliceOf(s).Describe().V)
	fmt.Println(b.Describe().Describe().V, ww.Count().V, ww.Count().Count().V)
	a := s.Any()
	fmt.Printf("%v %T %T\n", a, a, a.V)
	fmt.Printf("%T\n", a.Describe())
	v := Vec[int]{1, 22, 333, 4, 55}
	pr := Pairs(v)
	fmt.Printf("%v %T %d\n", pr, pr, pr.Len())
	fmt.Printf("%q\n", pr.Strings())
	fmt.Println(strings.Join(v.Strings(), "+"), v.Lens(), pr.Lens(), Pairs(pr))
	fmt.Printf("%T %T\n", v.Lens().Strings(), Pairs(pr))
}
