package main

import "fmt"

func main() {
	a := []int{1, 2}
	b := []int{3, 4}
	a = append(a, b) // ERROR "cannot use b \(variable of type \[\]int\) as int value in argument to append"
	fmt.Println(a)
}
