package main

import "fmt"

type queue struct{ items []int }

func main() {
	q := make(queue, 10) // ERROR "invalid argument: cannot make queue: type must be slice, map, or channel"
	fmt.Println(q)
}
