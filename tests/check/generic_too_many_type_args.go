package main

func F[T any](x T) {}

type Pair[K comparable, V any] struct {
	k K
	v V
}

func main() {
	F[int, string](1)             // ERROR "got 2 type arguments but want 1"
	var p Pair[int, string, bool] // ERROR "too many type arguments for type Pair: have 3, want 2"
	_ = p
}
