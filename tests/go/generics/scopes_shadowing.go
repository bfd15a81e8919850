package main

import "fmt"

type T struct{ name string } // package-level T, shadowed by type params below

func Describe[T any](v T) string {
	return fmt.Sprintf("%T", v)
}

func Outer[A any](a A) func() string {
	// A function literal inside a generic function sees A.
	inner := func(x A) []A { return []A{x, a} }
	return func() string {
		var local A
		return fmt.Sprintf("%v %v", inner(local), len(inner(a)))
	}
}

type Wrapper[T any] struct{ v T }

// The receiver may rename the type parameter.
func (w Wrapper[X]) Get() X { return w.v }

// Or ignore it with _.
func (w Wrapper[_]) Kind() string { return "wrapper" }

func Nested[K comparable, V any](k K, v V) map[K][]V {
	type entry struct {
		k K
		v V
	}
	e := entry{k, v}
	return map[K][]V{e.k: {e.v, e.v}}
}

func main() {
	fmt.Println(Describe(T{"pkg"}), Describe(3))
	fmt.Println(Outer(7)())
	fmt.Println(Outer("s")())
	w := Wrapper[string]{"val"}
	fmt.Println(w.Get(), w.Kind())
	fmt.Println(Nested("k", 2.5), Nested(1, []int{1}))
	T := "a variable named T"
	fmt.Println(T)
}
