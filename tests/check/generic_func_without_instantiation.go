package main

func Identity[T any](x T) T { return x }

func main() {
	f := Identity // ERROR "cannot use generic function Identity without instantiation"
	_ = f
}
