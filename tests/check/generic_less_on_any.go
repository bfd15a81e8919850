package main

func Max[T any](a, b T) T {
	if a < b { // ERROR "invalid operation: a < b"
		return b
	}
	return a
}

func main() {
	_ = Max(1, 2)
}
