package main

import "fmt"

func double(n int) int { return n * 2 }

func main() {
	x := double(double(4)))
	fmt.Println(x)
}
