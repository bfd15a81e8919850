package main

import "fmt"

type node struct{ val int }

func main() {
	n := &node{val: 1}
	pp := &n
	fmt.Println(pp.val) // ERROR "pp.val undefined \(type \*\*node has no field or method val\)"
}
