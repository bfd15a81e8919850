package main

type Fn[T any] func(T) T

func main() {
	var f Fn = func(x int) int { return x } // ERROR "cannot use generic type Fn\[T any\] without instantiation"
	_ = f
}
