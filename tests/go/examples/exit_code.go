package main

import (
	"fmt"
	"os"
)

func check(v int) int {
	if v > 2 {
		fmt.Println("value too big:", v)
		os.Exit(3)
	}
	return v * 2
}

func main() {
	defer fmt.Println("!") // not run: os.Exit skips deferred calls
	for i := range 5 {
		fmt.Println("check", i, "->", check(i))
	}
}
