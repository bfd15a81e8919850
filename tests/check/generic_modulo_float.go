package main

func Mod[T ~int | ~float64](a, b T) T {
	return a % b // ERROR "invalid operation: operator % not defined on a"
}

func main() {}
