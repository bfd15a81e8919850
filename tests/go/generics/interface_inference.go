package main

import "fmt"

type Getter[T any] interface{ Get() T }

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

type Const int

func (c Const) Get() string { return fmt.Sprint("const ", int(c)) }

func Extract[T any](g Getter[T]) T { return g.Get() }

func ExtractAll[T any](gs ...Getter[T]) []T {
	var out []T
	for _, g := range gs {
		out = append(out, g.Get())
	}
	return out
}

type Lister[T any] interface{ List() []T }

type Dir []string

func (d Dir) List() []string { return d }

func Count[T any](l Lister[T]) int { return len(l.List()) }

func main() {
	fmt.Println(Extract[int](Box[int]{5}))
	fmt.Println(Extract(Box[string]{"inferred from method"}))
	fmt.Println(Extract(Const(3)))
	fmt.Println(ExtractAll[float64](Box[float64]{1.5}, Box[float64]{2}))
	fmt.Println(Count(Dir{"a", "b"}))
	var g Getter[int] = Box[int]{9}
	fmt.Println(Extract(g))
}
