package main

import "fmt"

type Box[T any] struct{ V T }

type Celsius float64

type Namer interface{ Name() string }

type Tag[T any] struct{ label string }

func (t Tag[T]) Name() string { return fmt.Sprintf("%s:%T", t.label, *new(T)) }

func TypeName[T any]() string { return fmt.Sprintf("%T", Box[T]{}) }

func SameType[A, B any]() bool {
	var a any = Box[A]{}
	_, ok := a.(Box[B])
	return ok
}

func main() {
	// The same instantiation written twice is the same type.
	var a Box[int] = Box[int]{1}
	var b = Box[int]{1}
	fmt.Println(a == b)
	var x any = a
	_, isInt := x.(Box[int])
	_, isF := x.(Box[float64])
	_, isC := x.(Box[Celsius])
	fmt.Println(isInt, isF, isC)
	fmt.Println(SameType[int, int](), SameType[int, int64](), SameType[float64, Celsius](), SameType[[]int, []int]())
	fmt.Println(TypeName[int](), TypeName[Box[string]](), TypeName[Celsius]())
	m := map[any]string{Box[int]{1}: "int", Box[string]{"1"}: "string", Box[int]{2}: "int2"}
	fmt.Println(m[Box[int]{1}], m[Box[string]{"1"}], m[Box[int8]{1}] == "", len(m))
	var ns []Namer = []Namer{Tag[int]{"i"}, Tag[[]string]{"s"}, Tag[Box[bool]]{"b"}}
	for _, n := range ns {
		fmt.Println(n.Name())
	}
	switch v := x.(type) {
	case Box[string]:
		fmt.Println("string box", v.V)
	case Box[int]:
		fmt.Println("int box", v.V)
	}
	fmt.Println(any(Tag[int]{"q"}) == any(Tag[int]{"q"}), any(Tag[int]{"q"}) == any(Tag[uint]{"q"}))
}
