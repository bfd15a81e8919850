package main

import (
	"fmt"
	"strings"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type List[T any] []T
type Matrix[T any] [][]T
type Fn[A, B any] func(A) B
type Chan[T any] chan T
type Dict[K comparable, V any] map[K]V
type Wrapper[T any] struct{ Inner *T }
type Tagged[T fmt.Stringer] struct{ T T }

type Color int

func (c Color) String() string { return "color" }

type nested struct {
	P Pair[string, List[int]]
}

func Name[T any]() string {
	var z T
	return fmt.Sprintf("%T", z)
}

func main() {
	p := Pair[int, string]{1, "one"}
	fmt.Printf("%T\n%v\n%+v\n%#v\n", p, p, p, p)
	fmt.Printf("%T\n", &p)
	fmt.Printf("%T %v\n", List[float64]{1.5}, List[float64]{1.5})
	fmt.Printf("%#v\n", List[string]{"a"})
	fmt.Printf("%T\n", Matrix[int]{{1}})
	fmt.Printf("%T\n", Fn[int, string](nil))
	fmt.Printf("%T\n", make(Chan[bool]))
	fmt.Printf("%T %v\n", Dict[string, int]{"a": 1}, Dict[string, int]{"b": 2, "a": 1})
	fmt.Printf("%#v\n", Dict[string, int]{"b": 2, "a": 1})
	fmt.Printf("%T\n", Wrapper[Pair[int, bool]]{})
	fmt.Printf("%+v\n", Wrapper[int]{})
	fmt.Printf("%T %v\n", Tagged[Color]{}, Tagged[Color]{3})
	fmt.Printf("%T\n", Pair[Pair[int, int], []Pair[string, any]]{})
	fmt.Printf("%#v\n", nested{})
	fmt.Printf("%T\n", Pair[[3]int, map[string][]byte]{})
	fmt.Printf("%T\n", Pair[struct{ A int }, func(int) error]{})
	fmt.Printf("%T\n", Pair[error, fmt.Stringer]{})
	fmt.Println(Name[int](), Name[Pair[string, int]](), Name[*List[int]](), Name[[]any]())
	fmt.Println(Name[any](), Name[error]())
	s := fmt.Sprintf("%v", []Pair[string, int]{{"a", 1}, {"b", 2}})
	fmt.Println(s, strings.Count(s, "{"))
	var ip *Pair[int, int]
	fmt.Printf("%v %T\n", ip, ip)
	fmt.Printf("%s\n", Pair[string, string]{"k", "v"})
	fmt.Printf("%d\n", Pair[int, int]{4, 5})
	fmt.Printf("%x\n", Pair[string, int]{"hi", 255})
}
