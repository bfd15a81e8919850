package main

func Conv[To, From any](f From) To {
	var t To
	return t
}

func Pair[A, B any]() {}

func main() {
	_ = Conv(1) // ERROR "in call to Conv, cannot infer To"
	Pair[int]() // ERROR "in call to Pair\[int\], cannot infer B"
}
