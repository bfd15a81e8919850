package main

func seq(yield func(int, int, int) bool) {}

func main() {
	for a := range seq { // ERROR "cannot range over seq"
		_ = a
	}
}
