package main

import "fmt"

func scale(v float64, factor float64) float64 {
	factor := 2.0 // ERROR "no new variables on left side of :="
	return v * factor
}

func main() {
	fmt.Println(scale(1, 3))
}
