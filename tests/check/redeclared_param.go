package main

import "fmt"

func move(x, y int, x float64) { // ERROR "x redeclared in this block"
	fmt.Println(x, y)
}

func main() {
	move(1, 2, 3)
}
