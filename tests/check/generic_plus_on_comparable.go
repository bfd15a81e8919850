package main

func Add[T comparable](a, b T) T {
	return a + b // ERROR "invalid operation: operator \+ not defined on a"
}

func main() {
	_ = Add(1, 2)
}
