package main

import "fmt"

type Tree struct { // ERROR "invalid recursive type: Tree refers to itself"
	label    string
	children [2]Tree
}

func main() {
	var t Tree
	fmt.Println(t.label)
}
