package main

func Show[T any](x T) {}

func main() {
	Show[string](42) // ERROR "cannot use 42 \(untyped int constant\) as string value in argument to Show\[string\]"
}
