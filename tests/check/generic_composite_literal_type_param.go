package main

func Make[T any]() T {
	return T{} // ERROR "invalid composite literal type T"
}

func main() {
	_ = Make[struct{}]()
}
