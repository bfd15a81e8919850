package main

func Shl[T ~int | ~float64](x T) T {
	return x << 1 // ERROR "invalid operation: shifted operand x"
}

func main() {}
