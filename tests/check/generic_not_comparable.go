package main

func Eq[T comparable](a, b T) bool { return a == b }

func main() {
	_ = Eq([]int{1}, []int{1})    // ERROR "\[\]int does not satisfy comparable"
	_ = Eq(map[string]int{}, nil) // ERROR "map\[string\]int does not satisfy comparable"
}
