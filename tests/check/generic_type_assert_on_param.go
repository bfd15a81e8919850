package main

func IsInt[T any](x T) bool {
	_, ok := x.(int) // ERROR "invalid operation: cannot use type assertion on type parameter value x"
	return ok
}

func main() {
	_ = IsInt(1)
}
