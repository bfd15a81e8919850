package main

type Wrap[T any] struct {
	T // ERROR "embedded field type cannot be a"
}

func main() {}
