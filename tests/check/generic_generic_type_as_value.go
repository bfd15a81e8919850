package main

type Box[T any] struct{ v T }

func main() {
	x := Box{v: 1} // ERROR "cannot use generic type Box\[T any\] without instantiation"
	_ = x
}
