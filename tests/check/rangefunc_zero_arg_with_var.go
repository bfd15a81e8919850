package main

func seq0(yield func() bool) {}

func main() {
	for x := range seq0 { // ERROR "range over seq0"
		_ = x
	}
}
