package main

import "fmt"

type node struct{ next *node }

type list *node

func (l list) Len() int { // ERROR "invalid receiver type list \(pointer or interface type\)"
	n := 0
	for p := (*node)(l); p != nil; p = p.next {
		n++
	}
	return n
}

func main() {
	fmt.Println("len")
}
