package main

type Plain struct{}

func F(x int) {}

func main() {
	var p Plain[int] // ERROR "invalid operation: Plain\[int\]"
	_ = p
	F[int](1) // ERROR "cannot index F \(value of type func\(x int\)\)"
}
