package main

type Setter[T any] interface {
	*T
	Set(string)
}

func New[T any, P Setter[T]]() T {
	var t T
	P(&t).Set("x")
	return t
}

type cfg struct{}

func main() {
	_ = New[cfg]() // ERROR "\*cfg does not satisfy Setter\[cfg\]"
}
