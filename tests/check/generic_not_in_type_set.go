package main

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	_ = Sum("a", "b") // ERROR "string does not satisfy Number"
	_ = Sum[uint](1)  // ERROR "uint does not satisfy Number"
}
