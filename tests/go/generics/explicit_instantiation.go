package main

import "fmt"

func Convert[To, From ~int | ~int64 | ~float64 | ~uint8](x From) To {
	return To(x)
}

func Make[T any](n int) []T {
	return make([]T, n)
}

func Identity[T any](x T) T { return x }

func First[T any, U any](t T, u U) T { return t }

type Celsius float64

func main() {
	fmt.Println(Convert[int](3.9))
	fmt.Println(Convert[uint8, int](300))
	fmt.Println(Convert[float64, int64](7))
	fmt.Println(Convert[Celsius](int64(21)))
	fmt.Printf("%T\n", Convert[Celsius](int64(21)))
	fmt.Println(Make[string](3), len(Make[string](3)))
	fmt.Println(Make[bool](2))
	fmt.Printf("%#v\n", Make[*int](2))
	fmt.Println(Identity[int64](5))
	fmt.Printf("%T %T %T\n", Identity(5), Identity[int64](5), Identity[float32](5))
	fmt.Printf("%T\n", Identity('x'))
	fmt.Printf("%T\n", Identity[byte]('x'))
	f := Identity[string]
	fmt.Printf("%T %s\n", f, f("fv"))
	g := First[int, string]
	fmt.Println(g(1, "one"))
	h := First[float64, bool]
	fmt.Println(h(2, true))
	fmt.Printf("%T\n", h)
	var fn func(int) int = Identity[int]
	fmt.Println(fn(42))
	var fn2 func(string) string = Identity
	fmt.Println(fn2("inferred from assignment"))
}
