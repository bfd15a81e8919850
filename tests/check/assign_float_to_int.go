package main

import "fmt"

func mean(xs []int) float64 {
	s := 0
	for _, x := range xs {
		s += x
	}
	return float64(s) / float64(len(xs))
}

func main() {
	var m int
	m = mean([]int{1, 2, 4}) // ERROR "cannot use mean\(\[\]int{…}\) \(value of type float64\) as int value in assignment"
	fmt.Println(m)
}
