package main

import "fmt"

func average(xs []float64) float64 {
	return sum(xs) / float64(len(xs)) // ERROR "undefined: sum"
}

func main() {
	fmt.Println(average([]float64{1, 2, 3}))
}
