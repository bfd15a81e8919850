package main

func First[T any](xs []T) T {
	if len(xs) == 0 {
		return nil // ERROR "cannot use nil as T value in return statement"
	}
	return xs[0]
}

func main() {
	_ = First([]int{1})
}
