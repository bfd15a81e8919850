package main

func At[T []int | map[int]int](x T, i int) int {
	return x[i] // ERROR "cannot index x \(variable of type T constrained by \[\]int \| map\[int\]int\)"
}

func main() {}
