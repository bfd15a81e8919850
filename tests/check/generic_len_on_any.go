package main

func Size[T any](x T) int {
	return len(x) // ERROR "invalid argument: x"
}

func main() {
	_ = Size("abc")
}
