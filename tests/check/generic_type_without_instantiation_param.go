package main

type Box[T any] struct{ v T }

func Get(b Box) int { return 0 } // ERROR "cannot use generic type Box\[T any\] without instantiation"

func main() {
	_ = Get
}
