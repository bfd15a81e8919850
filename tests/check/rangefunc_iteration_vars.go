package main

type Seq func(yield func(int) bool)

func none(yield func() bool) {}

func one(yield func(string) bool) {}

func main() {
	for x := range none { // ERROR "range over none \(value of type func\(yield func\(\) bool\)\) permits no iteration variables"
		_ = x
	}
	var s Seq
	for k, v := range s { // ERROR "range over s \(variable of func type Seq\) permits only one iteration variable"
		_, _ = k, v
	}
	for a, b := range one { // ERROR "permits only one iteration variable"
		_, _ = a, b
	}
}
