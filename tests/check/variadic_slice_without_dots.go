package main

import "fmt"

func total(prices ...float64) float64 {
	t := 0.0
	for _, p := range prices {
		t += p
	}
	return t
}

func main() {
	cart := []float64{1.5, 2.5}
	fmt.Println(total(cart)) // ERROR "cannot use cart \(variable of type \[\]float64\) as float64 value in argument to total"
}
