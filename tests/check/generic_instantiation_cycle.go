package main

type Box[T any] struct{ v T } // ERROR "instantiation cycle"

func (b Box[T]) Wrap() Box[Box[T]] { return Box[Box[T]]{b} }

func main() {}
