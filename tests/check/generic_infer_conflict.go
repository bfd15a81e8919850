package main

func Same[T any](a, b T) {}

func main() {
	Same(1, "x") // ERROR "in call to Same, mismatched types untyped int and untyped string"
	var i int
	var f float64
	Same(i, f) // ERROR "in call to Same, type float64 of f does not match inferred type int for T"
}
