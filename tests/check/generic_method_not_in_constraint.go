package main

func Call[T any](x T) string {
	return x.String() // ERROR "x\.String undefined"
}

func main() {}
