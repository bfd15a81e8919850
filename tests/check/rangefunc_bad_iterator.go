package main

type Bool bool

func main() {
	var f func(int)
	for range f { // ERROR "cannot range over f \(variable of type func\(int\)\): func must be func\(yield func\(...\) bool\): argument is not func"
	}
	var g func(yield func(int) Bool)
	for range g { // ERROR "yield func returns user-defined boolean, not bool"
	}
	var h func(yield func(int) bool) int
	for range h { // ERROR "func must be func\(yield func\(...\) bool\): unexpected results"
	}
}
