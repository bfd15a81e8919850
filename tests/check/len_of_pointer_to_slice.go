package main

import "fmt"

func count(xs *[]int) int {
	return len(xs) // ERROR "invalid argument: xs \(variable of type \*\[\]int\) for built-in len"
}

func main() {
	xs := []int{1, 2}
	fmt.Println(count(&xs))
}
