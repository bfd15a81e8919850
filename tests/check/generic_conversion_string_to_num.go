package main

func Conv[T ~int, S ~string](s S) T {
	return T(s) // ERROR "cannot convert s"
}

func main() {
	_ = Conv[int]("1")
}
