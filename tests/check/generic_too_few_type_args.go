package main

type Pair[K comparable, V any] struct {
	k K
	v V
}

func main() {
	var p Pair[int] // ERROR "not enough type arguments for type Pair: have 1, want 2"
	_ = p
}
