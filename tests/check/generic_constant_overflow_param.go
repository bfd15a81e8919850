package main

func Big[T ~int8 | ~int64]() T {
	return T(1000) // ERROR "cannot convert 1000"
}

func main() {}
