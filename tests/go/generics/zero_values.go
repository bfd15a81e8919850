package main

import "fmt"

func Zero[T any]() (z T) { return }

func ZeroOf[T any](_ T) T {
	var zero T
	return zero
}

func Reset[T any](p *T) {
	var zero T
	*p = zero
}

func OrDefault[T comparable](v, def T) T {
	var zero T
	if v == zero {
		return def
	}
	return v
}

func Fill[T any](n int) []T { return make([]T, n) }

type S struct {
	N    int
	Tags []string
	M    map[string]int
	P    *S
}

func main() {
	fmt.Printf("%v|%q|%v|%v|%v\n", Zero[int](), Zero[string](), Zero[bool](), Zero[float64](), Zero[complex64]())
	fmt.Printf("%+v\n", Zero[S]())
	fmt.Printf("%v %v %v %v\n", Zero[[]int]() == nil, Zero[map[int]int]() == nil, Zero[chan int]() == nil, Zero[func()]() == nil)
	fmt.Printf("%v %v\n", Zero[[2]string](), Zero[struct{}]())
	fmt.Println(ZeroOf(42), ZeroOf("x") == "", ZeroOf(S{N: 1}).N, ZeroOf(&S{}) == nil)
	x := 99
	Reset(&x)
	s := S{N: 5, Tags: []string{"a"}}
	Reset(&s)
	arr := [3]int{1, 2, 3}
	Reset(&arr)
	fmt.Printf("%v %+v %v\n", x, s, arr)
	fmt.Println(OrDefault(0, 8080), OrDefault(443, 8080), OrDefault("", "localhost"), OrDefault("h", "localhost"))
	fmt.Println(Fill[int](3), Fill[string](2), len(Fill[S](4)), Fill[*int](1)[0] == nil)
	var e error = Zero[error]()
	fmt.Println(e == nil)
}
