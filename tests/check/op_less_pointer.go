package main

import "fmt"

type node struct{ v int }

func main() {
	p, q := &node{1}, &node{2}
	if p < q { // ERROR "invalid operation: p < q \(operator < not defined on pointer\)"
		fmt.Println(p.v)
	}
}
