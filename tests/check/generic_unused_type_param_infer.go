package main

func New[T any, U any](t T) T { return t }

func main() {
	_ = New(1) // ERROR "in call to New, cannot infer U"
}
