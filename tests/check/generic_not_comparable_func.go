package main

type Set[T comparable] map[T]struct{}

func main() {
	var s Set[func()] // ERROR "func\(\) does not satisfy comparable"
	_ = s
}
