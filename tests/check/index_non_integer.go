package main

import "fmt"

func main() {
	xs := []string{"a", "b"}
	i := 1.0
	fmt.Println(xs[i]) // ERROR "invalid argument: index i \(variable of type float64\) must be integer"
}
