package main

func Map[T, U any](xs []T, f func(T) U) []U { return nil }

func main() {
	var g = Map[int] // ERROR "cannot infer U \(declared at \./generic_func_value_uninstantiated\.go:3:13\)"
	_ = g
}
