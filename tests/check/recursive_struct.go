package main

import "fmt"

type Node struct { // ERROR "invalid recursive type: Node refers to itself"
	value int
	next  Node
}

func main() {
	var n Node
	fmt.Println(n.value)
}
