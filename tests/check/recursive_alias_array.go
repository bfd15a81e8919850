package main

import "fmt"

type Matrix [4]Matrix // ERROR "invalid recursive type: Matrix refers to itself"

func main() {
	var m Matrix
	fmt.Println(len(m))
}
