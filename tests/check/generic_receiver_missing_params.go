package main

type Box[T any] struct{ v T }

func (b Box) Get() int { return 0 } // ERROR "cannot use generic type Box\[T any\] without instantiation"

func main() {}
