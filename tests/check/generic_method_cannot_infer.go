package main

type Box[T any] struct{ v T }

func (b Box[T]) Make[U any]() U {
	var u U
	return u
}

func main() {
	b := Box[int]{1}
	_ = b.Make() // ERROR "in call to b.Make, cannot infer U"
}
