package main

import "fmt"

func sum(a, b int) int { return a + b }

func main() {
	nums := []int{1, 2}
	fmt.Println(sum(nums...)) // ERROR "cannot use \.\.\. in call to non-variadic sum"
}
