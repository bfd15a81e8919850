package main

import "fmt"

type frame struct{ a, b, c, d int }

// Unbounded recursion: Go stops it at its 1 GB stack limit.
func grow(n int, f frame) int {
	f.a += n
	return grow(n+1, f) + f.b
}

func main() {
	fmt.Println("descending")
	fmt.Println(grow(0, frame{}))
}
