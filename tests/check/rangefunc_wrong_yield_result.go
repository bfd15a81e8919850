package main

func seq(yield func(int)) {}

func main() {
	for v := range seq { // ERROR "cannot range over seq"
		_ = v
	}
}
