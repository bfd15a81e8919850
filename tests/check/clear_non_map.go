package main

import "fmt"

func main() {
	var grid [3]int
	grid[1] = 5
	clear(grid) // ERROR "invalid argument: cannot clear grid \(variable of type \[3\]int\): argument must be \(or constrained by\) map or slice"
	fmt.Println(grid)
}
