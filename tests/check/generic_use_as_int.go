package main

func Twice[T any](x T) int {
	var n int = x // ERROR "cannot use x \(variable of type T constrained by any\) as int value in variable declaration"
	return n * 2
}

func main() {
	_ = Twice(3)
}
