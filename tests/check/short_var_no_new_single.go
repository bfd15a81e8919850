package main

import "fmt"

func main() {
	total := 0
	for _, v := range []int{1, 2} {
		total += v
	}
	total := total * 2 // ERROR "no new variables on left side of :="
	fmt.Println(total)
}
