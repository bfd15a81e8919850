package main

import "fmt"

func Ptr[T any](v T) *T { return &v }

func Zero[T any]() T {
	var z T
	return z
}

func Deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

func IsZero[T comparable](v T) bool {
	var z T
	return v == z
}

type Config struct {
	Name    *string
	Retries *int
	Verbose *bool
}

func main() {
	c := Config{Name: Ptr("svc"), Retries: Ptr(3)}
	fmt.Println(*c.Name, *c.Retries, c.Verbose == nil)
	fmt.Println(Deref(c.Name, "none"), Deref(c.Retries, 1), Deref(c.Verbose, true))
	p1, p2 := Ptr(1), Ptr(1)
	fmt.Println(p1 == p2, *p1 == *p2)
	*p1 = 5
	fmt.Println(*p1, *p2)
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil, Zero[[]int]() == nil)
	fmt.Printf("%v %+v %v\n", Zero[[3]bool](), Zero[Config](), Zero[map[string]int]() == nil)
	fmt.Printf("%v %v\n", Zero[error]() == nil, Zero[any]())
	fmt.Println(IsZero(0), IsZero(1), IsZero(""), IsZero("x"), IsZero(Config{}), IsZero(c))
	fmt.Println(IsZero[any](nil), IsZero[any](0), IsZero(0.0), IsZero(-0.0))
	pp := Ptr(Ptr(7))
	fmt.Println(**pp)
	fmt.Printf("%T %T\n", pp, Ptr[any](nil))
}
