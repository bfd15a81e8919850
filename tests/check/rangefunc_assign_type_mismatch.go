package main

func seq(yield func(string) bool) {}

func main() {
	var n int
	for n = range seq { // ERROR "cannot use n \(value of type string\) as int value in assignment"
	}
	_ = n
}
