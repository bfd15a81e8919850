package main

import "fmt"

type node struct{ v int }

func main() {
	nodes := []*node{{v: 1}, {v: 2}}
	n := *node{v: 3} // ERROR "invalid operation: cannot indirect node{…} \(value of struct type node\)"
	fmt.Println(nodes, n)
}
