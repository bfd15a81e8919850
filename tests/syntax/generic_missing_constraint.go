package main

import "fmt"

type Pair[K comparable, V] struct {
	Key   K
	Value V
}

func main() {
	fmt.Println(Pair[string, int]{"a", 1})
}
