package main

import "fmt"

func first() {
	x := [3]int{1, 2, 3
	fmt.Println(x)
}

func second() {
	for i := 0; i < 3; i++
	{
		fmt.Println(i)
	}
}

func third() int {
	return 0x
}

func main() {
	first(
}
