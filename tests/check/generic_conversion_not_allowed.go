package main

func ToInt[T any](x T) int {
	return int(x) // ERROR "cannot convert x"
}

func main() {
	_ = ToInt(1)
}
