package main

func seq(yield func(int) bool) {}

func main() {
	for a, b := range seq { // ERROR "range over seq \(value of type func\(yield func\(int\) bool\)\) permits only one iteration variable"
		_, _ = a, b
	}
}
